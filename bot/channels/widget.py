"""The widget script (``/widget.js``) with its button's label in every language.

The label is the Fluent message ``web-widget-button``. The host page's language is known only in
the browser (the script tag's ``data-lang``, else the page's ``<html lang>``), so the script
carries the label of every locale and picks one there.
"""

from __future__ import annotations

import functools
import json
from importlib.resources import files

from bot.i18n import Catalog

#: The Fluent message of the widget's button.
WIDGET_LABEL = "web-widget-button"
#: The line of static/widget.js the labels are written into.
LABELS_SLOT = "var LABELS = {};"


@functools.lru_cache(maxsize=1)
def widget_script(catalog: Catalog) -> bytes:
    """static/widget.js with ``{"<locale>": "<label>", …}`` in its ``LABELS`` slot (made once
    per catalog: a content reload makes it again).

    :param catalog: the Fluent catalog (a locale without the label falls back along its chain).
    """
    template = files("bot").joinpath("static/widget.js").read_text(encoding="utf-8")
    labels = {code: catalog.format(code, WIDGET_LABEL) for code in sorted(catalog.locales)}
    filled = f"var LABELS = {json.dumps(labels, separators=(',', ':'))};"
    return template.replace(LABELS_SLOT, filled, 1).encode("utf-8")
