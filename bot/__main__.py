"""``python -m bot`` runs the ``igubot`` command line."""

from bot.cli import main

main()
