"""The engine's fixed vocabulary: global words, the entry step, channels, built-in variables.

A module of its own so that ``igubot check`` (bot/check/) reads them without importing
the engine, its store and its input validators.
"""

from __future__ import annotations

#: Global words and the step each leads to (``help`` and ``back`` are handled in place).
GLOBAL_TARGETS = {
    "start": "menu:start",
    "menu": "menu:start",
    "language": "language:start",
    "human": "human:start",
    "forget": "privacy:forget",
}
GLOBAL_WORDS = frozenset({*GLOBAL_TARGETS, "help", "back"})
#: The web page's "End and clear" button (``/end``, a command on the web channel only): the
#: conversation is dropped, its answers and history with it; its stored leads stay.
END_WORD = "end"
#: Small talk and what the bot says to it (then it asks its question again).
SMALL_TALK = {"greeting": "common-hello", "thanks": "common-welcome", "ack": "common-ack"}
#: Where a new conversation begins.
ENTRY = "language:start"
#: Where the engine's "Send my question to my municipality" button leads (offered after typed
#: messages it could not place): the human flow's way that sends the question with a callback.
SEND_QUESTION = "human:question"
#: That button's value: the global word /human, then this word.
SEND_QUESTION_WORD = "question"
#: The private session variable with what the person typed that the bot could not place.
PENDING_QUESTION = "_question"
#: The variable the question the person chose to send becomes (a lead's ``question``).
QUESTION = "question"
#: Set by a start payload that names a municipality (``m751``, bot/engine/payload.py): its code,
#: and its name when the code is a municipality's. Not answers: a form asks "Do you live in
#: Aarhus?" (``defined(hint_municipality_name)``) and only "yes" makes it the answer.
HINT_MUNICIPALITY = "hint_municipality"
HINT_NAME = "hint_municipality_name"
#: Values of the built-in variable ``channel`` (``Inbound.channel``; ``test`` in scripted tests).
CHANNELS = ("telegram", "web", "console", "test")
#: Variables the operator sets in the configuration (``[privacy]``), each with the message that
#: stands in for it while it is not set: who is responsible for the data, and how to reach them.
OPERATOR_VARIABLES = {
    "controller": "privacy-controller-unset",
    "controller_contact": "privacy-contact-unset",
}
#: Variables the engine gives every condition and message, never stored in the session.
BUILTIN_VARIABLES = frozenset({"channel", *OPERATOR_VARIABLES})
#: Said when a conversation starts in the language the page chose: how to change it.
LANGUAGE_PRESET = "language-preset"
#: What the engine says to something that is not text (a photo, a sticker, a voice message).
UNSUPPORTED_MESSAGE = "common-use-text"
#: Characters of text (bidi marks not counted) one turn shows before the learner answers: more
#: fills more than a phone screen. ``igubot check`` holds every flow to it.
MAX_TURN = 400
#: What asks again, briefly, when a question after the bot's own words would pass MAX_TURN (the
#: question itself is on the screen just above).
REASK_MESSAGE = "common-reask"

#: Topics the engine answers itself, on any step (the examples name them like flow topics):
#: a greeting, thanks and "ok" get a friendly word and the question again; the others are the
#: commands /menu, /help and /back in the learner's own words.
ENGINE_TOPICS = ("greeting", "thanks", "ack", "menu", "help", "back")
#: Words that, typed as the whole message at a question that waits for typed text, leave the
#: form for the menu ("stop", "cancel"): comma-separated, one message per language, never shown.
STOP_WORDS = "common-stop-words"
#: Said, with the language buttons, to anything at the language question that names no language
#: and that the bot cannot read (an icon, the same in every language: no error in English).
LANGUAGE_AGAIN = "language-choose-again"
#: ``topic-<id>``: the button label of a flow topic, offered when the bot is not sure.
TOPIC_LABEL_PREFIX = "topic-"

#: A consent step's own buttons and messages (bot/engine/review.py): "All correct", "Change an
#: answer", and one button per answer to change, ``change:<field>`` (the checker holds each to
#: Telegram's callback data limit), above "Which answer do you want to change?".
REVIEW_OK = "review:ok"
REVIEW_CHANGE = "review:change"
REVIEW_FIELD_CHOICE = "change:"
REVIEW_OK_LABEL = "common-review-ok"
REVIEW_CHANGE_LABEL = "common-review-change"
REVIEW_PICK_MESSAGE = "common-review-which"
