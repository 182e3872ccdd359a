"""JSON text: ``dumps`` for every command's document; no colour, no markup, no raw controls.

The documents are built per command: ``catalog_json`` (the rules' entries), ``cautions_json``,
``recommend_json``, ``amounts_json``, ``gate_json`` and ``plan_json``; their shapes are
documented in the README.
"""

from __future__ import annotations

import json
import re

# json.dumps escapes C0 controls; these it would print raw (C1 controls such as the 8-bit CSI,
# bidirectional overrides, line separators). They only ever occur inside strings.
_UNSAFE = "[\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]"


def dumps(payload: object) -> str:
    """The document as indented JSON text, ending in a newline; no raw control characters."""
    text = json.dumps(payload, indent=2, ensure_ascii=False)
    if text.isascii() and "\x7f" not in text:  # the only ASCII character in _UNSAFE
        return text + "\n"
    return re.sub(_UNSAFE, lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
