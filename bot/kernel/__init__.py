"""The shared kernel: what every part may import and which imports no other part.

The error tree (:mod:`~bot.kernel.errors`), located problems (:mod:`~bot.kernel.problems`),
settings (:mod:`~bot.kernel.config`, :mod:`~bot.kernel.configref`), reference data
(:mod:`~bot.kernel.municipalities` with :mod:`~bot.kernel.transliterate`) and lazy exports
(:mod:`~bot.kernel.lazy`).
"""
