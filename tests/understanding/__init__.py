"""Typed-message sets (eval and dev) for measuring how well igubot understands learners."""
