"""Shell completion of goals, forms, medicine names and conditions, read through the parse cache.

Each function is a Typer ``autocompletion`` callback. It loads the rules the command would use
(``--rules`` typed earlier on the line, else ``$MAGADVISE_RULES``, else the shipped file) through
the parse cache, and never fails: on any error it offers nothing rather than a traceback.
Matching ignores case, spaces, hyphens and underscores; what the user typed so far is kept as
typed. Bash splits candidates at spaces, so for bash a space becomes a hyphen (names compare
equal either way).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules, Section

Candidates = list[tuple[str, str]]

# Offer nothing for an empty word when there are more names than this: a screenful of
# 20,000 medicines helps nobody; one typed letter narrows them down.
MAX_UNPREFIXED = 1000


def _rules(ctx: Any) -> Rules | None:
    from magadvise import app
    from magadvise.rules.load import load_rules

    root = ctx.find_root()
    option = root.params.get("rules")
    return load_rules(option if isinstance(option, str) else None, True, app.ends_with_exit)


def _fold(text: str) -> str:
    """Lower case, separators as spaces, same length (so typed text can be kept as typed)."""
    return "".join(" " if c in "-_" or c.isspace() else c for c in text.lower())


def _offer(candidates: Iterable[tuple[str, str]], incomplete: str) -> Candidates:
    typed = _fold(incomplete)
    bash = "COMP_WORDS" in os.environ
    out: dict[str, str] = {}
    for value, help in candidates:
        folded = _fold(value)
        if not folded.startswith(typed):
            continue
        if len(folded) == len(value) and len(typed) == len(incomplete):
            value = incomplete + value[len(incomplete) :]
        if bash:
            value = "-".join(value.split())
        out.setdefault(value, help)
    return sorted(out.items(), key=lambda item: _fold(item[0]))


def _safely(ctx: Any, incomplete: str, pick: Any) -> Candidates:
    try:
        rules = _rules(ctx)
        if rules is None:
            return []
        return _offer(pick(rules, incomplete), incomplete)
    except Exception:  # completion must never print a traceback into the shell
        return []


def _section_names(section: Section[Any]) -> Candidates:
    """Ids and aliases of a small section, each with the entry's display name as help."""
    out: Candidates = []
    for entry in section:
        name = str(getattr(entry, "name", entry.id))
        out.append((entry.id, name))
        out.extend((alias, name) for alias in getattr(entry, "aliases", ()))
    return out


def goals(ctx: Any, incomplete: str) -> Candidates:
    """Goal ids and aliases (``--goal``)."""
    return _safely(ctx, incomplete, lambda rules, _: _section_names(rules.goals))


def formulations(ctx: Any, incomplete: str) -> Candidates:
    """Formulation ids and aliases (``formulations FORM``)."""
    return _safely(ctx, incomplete, lambda rules, _: _section_names(rules.formulations))


def conditions(ctx: Any, incomplete: str) -> Candidates:
    """Condition ids and aliases (``--condition``)."""
    return _safely(ctx, incomplete, lambda rules, _: _section_names(rules.conditions))


def medications(ctx: Any, incomplete: str) -> Candidates:
    """Medicine names as the rules spell them: generics, brands and aliases (``--med``)."""
    return _safely(ctx, incomplete, _medication_names)


def _medication_names(rules: Rules, incomplete: str) -> Candidates:
    from magadvise.rules.names import normalize

    section = rules.medications
    start = normalize(incomplete)
    if not start and len(section) > MAX_UNPREFIXED:
        return []
    starting_with = getattr(section.names, "starting_with", None)
    found = starting_with(start, MAX_UNPREFIXED) if starting_with is not None else None
    if found is not None:  # the sorted name index: only the chunks that can match
        return list(found)
    out: Candidates = []
    for medication in section:
        for spelling in (medication.name, *medication.brands, *medication.aliases):
            if normalize(spelling).startswith(start):
                out.append((spelling, medication.id))
    return out
