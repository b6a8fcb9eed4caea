"""Channel adapters: translate a transport's events to :class:`Inbound` and replies back."""
