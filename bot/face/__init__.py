"""The face: the composition root and the command line, the only part that knows every other.

:mod:`~bot.face.app` builds the core from settings; :mod:`~bot.face.server` wires the channels
and the staff side into one aiohttp server; :mod:`~bot.face.reload` swaps content while it
runs; :mod:`~bot.face.metrics` and :mod:`~bot.face.doctor` look at it from outside;
:mod:`~bot.face.cli` and :mod:`~bot.face.staff_cli` are the ``igubot`` commands.
"""
