"""End-to-end tests: a real browser, real server processes, the API fuzzed over HTTP."""
