"""How names are compared: case, spacing, hyphens and underscores do not matter."""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-]+")


def normalize(text: str) -> str:
    """The comparison key for a name: ``" Toprol-XL "`` -> ``"toprol xl"``."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SEPARATORS.sub(" ", folded).strip()


def entry_names(id: str, raw: dict[str, object]) -> list[str]:
    """Every name an entry answers to: its id, display name, brands and aliases."""
    names = [id]
    name = raw.get("name")
    if isinstance(name, str):
        names.append(name)
    for key in ("brands", "aliases"):
        values = raw.get(key)
        if isinstance(values, list):
            names.extend(v for v in values if isinstance(v, str))
    return names
