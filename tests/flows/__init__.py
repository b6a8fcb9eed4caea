"""Tests of bot/flows/: the condition language and the flow diagrams."""
