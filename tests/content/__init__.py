"""Tests of the bot's own content: facts, what it says, scripted dialogues in every locale."""
