"""Tests of bot/store/: the SQLite store, backups, privacy on real files."""
