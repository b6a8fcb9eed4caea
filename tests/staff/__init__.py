"""Tests of bot/staff/ and the staff commands: digests, schedule, follow-ups, staff pages."""
