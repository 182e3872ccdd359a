"""Merge and validate the layers of a rules file: every problem at its file, line and column."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from magadvise.errors import Problem, Problems
from magadvise.rules.layers import Layer, merge

if TYPE_CHECKING:
    from magadvise.rules.context import Path
    from magadvise.rules.validate import NameMaps


def locate(layers: list[Layer], owners: dict[str, int], path: Path) -> Problem:
    """Turn a path into file, line and column, in whichever layer supplied it."""
    number = len(layers) - 1
    if len(path) >= 2:
        number = owners.get(f"{path[0]}/{path[1]}", owners.get(str(path[0]), number))
    elif path:
        number = owners.get(str(path[0]), number)
    layer = layers[number]
    where = layer.parsed.locate(path)
    line, column = where if where else (None, None)
    return Problem(layer.name, line, column, "")


def check(
    layers: list[Layer],
    names: NameMaps | None = None,
    indexes: dict[str, dict[str, str]] | None = None,
) -> tuple[Any, dict[str, int], Problems]:
    """Merge and validate: the data, who owns each entry, and the problems found.

    ``names`` and ``indexes``, if given, receive each named section's name index and the
    medicines' combination and RxCUI indexes, built while validating (see ``validate``).

    Problems found while reading (duplicate keys, YAML 1.1 numbers) come with the rest, except
    where validation already explains the same line. At most MAX_PROBLEMS are kept, sorted by
    place; the rest are counted in ``unreported``.
    """
    from magadvise.rules.context import MAX_PROBLEMS, dotted
    from magadvise.rules.validate import validate

    data, owners = merge(layers)
    result = validate(data, names, indexes)
    problems = Problems()
    for path, message in result.problems:
        spot = locate(layers, owners, path)
        label = f"{dotted(path)}: " if path else ""
        problems.append(Problem(spot.file, spot.line, spot.column, label + message))
    for layer in layers:
        problems.extend(_hidden_problems(layer, data))
    explained = {(p.file, p.line) for p in problems}
    for layer in layers:
        for note in layer.parsed.duplicates:
            if note.message.startswith("duplicate") or (layer.name, note.line) not in explained:
                problems.append(Problem(layer.name, note.line, note.column, note.message))
    problems.sort(key=lambda p: (p.file, p.line or 0, p.column or 0))
    unreported = result.unreported + sum(layer.parsed.unreported for layer in layers)
    unreported += max(0, len(problems) - MAX_PROBLEMS)
    del problems[MAX_PROBLEMS:]
    problems.unreported = unreported
    return data, owners, problems


def _hidden_problems(layer: Layer, data: Any) -> list[Problem]:
    """Problems inside entries that duplicate keys hide, reported with the duplicate itself."""
    from magadvise.rules.context import dotted
    from magadvise.rules.validate import validate_hidden

    found = []
    for path, shadow in layer.parsed.hidden():
        for inner, message in validate_hidden(data, path, shadow.value):
            line, column = layer.parsed.locate_within(shadow, inner[len(path) :])
            where = f"{dotted(inner)} (in the first of the duplicate '{shadow.key}' entries)"
            found.append(Problem(layer.name, line, column, f"{where}: {message}"))
    return found
