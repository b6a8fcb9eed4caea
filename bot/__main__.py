"""``python -m bot`` runs the ``igubot`` command line."""

from bot.face.cli import main

main()
