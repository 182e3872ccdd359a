"""Check a rules document against the schema and across its sections."""

from __future__ import annotations

from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.nameindex import claim
from magadvise.rules.names import combination_key
from magadvise.rules.schema import kind_at
from magadvise.rules.spec import ID_SECTIONS, RULES
from magadvise.rules.wording import describe

NAMED_SECTIONS = ("formulations", "goals", "medications", "conditions")


NameMaps = dict[str, tuple[dict[str, str], list[str]]]


def validate(
    data: Any, names: NameMaps | None = None, indexes: dict[str, dict[str, str]] | None = None
) -> Context:
    """Every problem in the document, as (path, message) in ``.problems``, in document order.

    Past MAX_PROBLEMS, problems are counted in ``.unreported`` instead of kept. ``names``, if
    given, receives for each named section the name index built on the way: normalized name ->
    id (first claim wins, file order) and each name's spelling in the rules, in that order.
    ``indexes``, if given, receives the medicines' ``combinations`` (see
    ``names.combination_key``) and ``rxnorm_codes`` (RxCUI -> id), built on the same pass.
    """
    if data is None:
        problem: Path = ()
        return Context({}, [(problem, "the file holds no YAML data, only comments or blank lines")])
    if not isinstance(data, dict):
        message = f"a rules file must be a mapping of sections, got {describe(data)}"
        return Context({}, [((), message)])
    ctx = Context(ids=_ids(data))
    RULES.check(data, (), ctx)
    for section in NAMED_SECTIONS:
        entries = data.get(section)
        if isinstance(entries, dict):
            found = _check_unique_names(section, entries, ctx)
            if names is not None:
                names[section] = found
    medications = data.get("medications")
    if isinstance(medications, dict):
        combinations, codes = _check_medicines(medications, ctx)
        if indexes is not None:
            indexes.update(combinations=combinations, rxnorm_codes=codes)
    intake = data.get("intake")
    if isinstance(intake, dict):
        for table in ("rda", "upper_limit"):
            _check_age_rows(intake.get(table), ("intake", table), ctx)
    return ctx


def _ids(data: dict[Any, Any]) -> dict[str, set[str]]:
    return {
        section: {key for key in data[section] if isinstance(key, str)}
        for section in ID_SECTIONS
        if isinstance(data.get(section), dict)
    }


def validate_hidden(data: Any, path: Path, value: Any) -> list[tuple[Path, str]]:
    """Problems inside an entry that a duplicate key hides, as if it stood at ``path``."""
    kind = kind_at(RULES, path)
    if kind is None or not isinstance(data, dict):
        return []
    ctx = Context(ids=_ids(data))
    kind.check(value, path, ctx)
    return ctx.problems


def _check_age_rows(rows: Any, path: Path, ctx: Context) -> None:
    """Age rows run from 0 with no gap or overlap and end open, so every age finds one row."""
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        return
    expected: Any = 0
    for index, row in enumerate(rows):
        start, end = row.get("from"), row.get("to")
        if not isinstance(start, int | float) or isinstance(start, bool):
            return
        if expected is None:
            ctx.report((*path, index), "a row after the open-ended one ('to: null') is never used")
            return
        if start != expected:
            what = "a gap" if start > expected else "an overlap"
            ctx.report(
                (*path, index, "from"),
                f"from {start:g} leaves {what} after {expected:g}: rows must run on in order",
            )
        expected = end if end is None or isinstance(end, int | float) else start
    if expected is not None and rows:
        ctx.report((*path, len(rows) - 1, "to"), "the last row must be open-ended (to: null)")


def _check_unique_names(
    section: str, entries: dict[Any, Any], ctx: Context
) -> tuple[dict[str, str], list[str]]:
    """Two entries must never answer to the same name (a brand, an alias, an id).

    Returns the section's name index (name -> id, spellings in the same order), in one pass.
    """
    owner: dict[str, str] = {}
    spellings: list[str] = []
    for id, raw in entries.items():
        if not isinstance(id, str) or not isinstance(raw, dict):
            continue
        for name, first in claim(id, raw, owner, spellings):
            ctx.report(
                (section, id),
                f"the name '{name}' is claimed by both '{first}' and '{id}' in {section}",
            )
    return owner, spellings


def _check_medicines(
    medications: dict[Any, Any], ctx: Context
) -> tuple[dict[str, str], dict[str, str]]:
    """A combination's ingredients must be single medicines, so classes always resolve; an
    RxNorm ingredient code names one single medicine: never two, never a combination.

    Returns, from the same pass, the combination index (``combination_key`` of the ingredients
    -> the first product with them) and the RxCUI index (code -> the medicine listing it).
    """
    combinations: dict[str, str] = {}
    owner: dict[str, str] = {}
    for id, raw in medications.items():
        if not isinstance(raw, dict):
            continue
        ingredients = raw.get("ingredients")
        if isinstance(ingredients, list):
            for index, ingredient in enumerate(ingredients):
                target = medications.get(ingredient) if isinstance(ingredient, str) else None
                if isinstance(target, dict) and "ingredients" in target:
                    path: Path = ("medications", id, "ingredients", index)
                    ctx.report(path, f"ingredient '{ingredient}' is itself a combination")
            if ingredients and all(isinstance(i, str) for i in ingredients):
                combinations.setdefault(combination_key(ingredients), str(id))
        codes = raw.get("rxcui")
        if not isinstance(codes, list):
            continue
        path = ("medications", id, "rxcui")
        if "ingredients" in raw:
            ctx.report(path, "a combination has no RxCUI of its own: give each ingredient's")
        for code in codes:
            if isinstance(code, str) and owner.setdefault(code, str(id)) != id:
                ctx.report(path, f"RxCUI '{code}' is claimed by both '{owner[code]}' and '{id}'")
    return combinations, owner
