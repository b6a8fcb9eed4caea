"""Tests of bot/understand/: normalising, the language guess, the matcher, example checks."""
