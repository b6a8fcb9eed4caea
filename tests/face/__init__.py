"""Tests of bot/face/: the command line, doctor, the server's hot reload, the Dockerfile."""
