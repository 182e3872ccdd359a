"""How names are compared: case, spacing, hyphens, underscores and curly quotes do not matter."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Patterns kept as text are compiled on first use (re's own cache): most runs never need them.
_SEPARATORS = r"[\s_\-]+"
# Phones and word processors type curly quotes: "can’t sleep" is "can't sleep".
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"'})  # fmt: skip


def nfkc(text: str) -> str:
    """``text`` in Unicode normalization form NFKC (``½`` -> ``1⁄2``, the micro sign to mu,
    full-width letters to plain ones); ASCII text is its own NFKC, so ``unicodedata`` is loaded
    only for text that is not ASCII."""
    if text.isascii():
        return text
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def normalize(text: str) -> str:
    """The comparison key for a name: ``" Toprol-XL "`` -> ``"toprol xl"``."""
    if text.isascii():  # NFKC leaves ASCII alone and casefold is lower: 4x faster, same key
        folded = text.lower()
        if folded.isalnum():  # one word: nothing to replace or join (most names)
            return folded
        folded = folded.replace("-", " ").replace("_", " ").replace("`", "'")
        return " ".join(folded.split())
    folded = nfkc(text).casefold().translate(_QUOTES)
    return re.sub(_SEPARATORS, " ", folded).strip()


def entry_names(id: str, raw: dict[str, object]) -> list[str]:
    """Every name an entry answers to: id, display name, brands (local forms' too), aliases."""
    names = [id]
    name = raw.get("name")
    if isinstance(name, str):
        names.append(name)
    for field in ("brands", "aliases"):
        values = raw.get(field)
        if isinstance(values, list):
            names += [v for v in values if isinstance(v, str)]
    local = raw.get("local_forms")
    if isinstance(local, dict):
        for form in local.values():
            values = form.get("brands") if isinstance(form, dict) else None
            if isinstance(values, list):
                names += [v for v in values if isinstance(v, str)]
    return names


def combination_key(ingredients: Iterable[str]) -> str:
    """The key of a set of ingredient ids in the combination index (order and repeats aside)."""
    return "+".join(sorted(set(ingredients)))
