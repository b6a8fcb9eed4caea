"""Values the checks put into a message's variables to measure it as a person would see it.

A variable rendered as "x" hides length: "Ringkøbing-Skjern" in a consent text is 16 characters
more. The checks of turns (400 characters), messages (300) and the summary before consent use
these instead, where a variable holds such a value.
"""

from __future__ import annotations

__all__ = ["SAMPLE_MUNICIPALITY", "SAMPLE_PHONE", "SAMPLE_TYPED", "SAMPLE_VARIABLES"]

#: A typed answer (a name, an e-mail address) as long as a usual one, for measuring.
SAMPLE_TYPED = "x" * 24
#: A phone number as the summary shows it.
SAMPLE_PHONE = "+45 20 12 34 56"
#: The longest municipality name (bot/kernel/data/municipalities.csv; a test keeps it so),
#: written here so that the check does not load the municipalities' matching indexes.
SAMPLE_MUNICIPALITY = "Ringkøbing-Skjern"
#: Variables of messages that show such values, by name.
SAMPLE_VARIABLES = {
    "municipality_name": SAMPLE_MUNICIPALITY,
    "municipality": SAMPLE_MUNICIPALITY,
    "name": SAMPLE_TYPED,
}
