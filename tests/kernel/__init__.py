"""Tests of bot/kernel/: settings and their reference, municipalities."""
