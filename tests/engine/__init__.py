"""Tests of bot/engine/: turns, typed answers and messages, generated input."""
