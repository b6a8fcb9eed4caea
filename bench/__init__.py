"""igubot's benchmarks (``make bench``); not tests, never collected by pytest."""
