"""Check a rules document against the schema and across its sections."""

from __future__ import annotations

from typing import Any

from magadvise.rules.names import entry_names, normalize
from magadvise.rules.schema import Context, Path, describe
from magadvise.rules.spec import ID_SECTIONS, RULES

NAMED_SECTIONS = ("formulations", "goals", "medications", "conditions")


def validate(data: Any) -> list[tuple[Path, str]]:
    """Every problem in the document, as (path, message), in document order."""
    if data is None:
        return [((), "the file holds no YAML data, only comments or blank lines")]
    if not isinstance(data, dict):
        return [((), f"a rules file must be a mapping of sections, got {describe(data)}")]
    ids = {
        section: {key for key in data[section] if isinstance(key, str)}
        for section in ID_SECTIONS
        if isinstance(data.get(section), dict)
    }
    ctx = Context(ids=ids)
    RULES.check(data, (), ctx)
    for section in NAMED_SECTIONS:
        entries = data.get(section)
        if isinstance(entries, dict):
            _check_unique_names(section, entries, ctx)
    medications = data.get("medications")
    if isinstance(medications, dict):
        _check_ingredients(medications, ctx)
    return ctx.problems


def _check_unique_names(section: str, entries: dict[Any, Any], ctx: Context) -> None:
    """Two entries must never answer to the same name (a brand, an alias, an id)."""
    owner: dict[str, str] = {}
    for id, raw in entries.items():
        if not isinstance(id, str) or not isinstance(raw, dict):
            continue
        for name in dict.fromkeys(normalize(n) for n in entry_names(id, raw)):
            if not name:
                continue
            first = owner.setdefault(name, id)
            if first != id:
                ctx.report(
                    (section, id),
                    f"the name '{name}' is claimed by both '{first}' and '{id}' in {section}",
                )


def _check_ingredients(medications: dict[Any, Any], ctx: Context) -> None:
    """A combination's ingredients must be single medicines, so classes always resolve."""
    for id, raw in medications.items():
        if not isinstance(raw, dict) or not isinstance(raw.get("ingredients"), list):
            continue
        for index, ingredient in enumerate(raw["ingredients"]):
            target = medications.get(ingredient) if isinstance(ingredient, str) else None
            if isinstance(target, dict) and "ingredients" in target:
                path: Path = ("medications", id, "ingredients", index)
                ctx.report(path, f"ingredient '{ingredient}' is itself a combination")
