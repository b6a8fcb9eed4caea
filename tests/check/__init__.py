"""Tests of bot/check/: igubot check, and broken files named at their line."""
