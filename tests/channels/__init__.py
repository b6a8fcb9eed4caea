"""Tests of bot/channels/: Telegram against a fake Bot API, the web chat API and its hardening."""
