"""Where an entry of layered rules comes from: the file in use and the ones it replaces."""

from __future__ import annotations

from magadvise.errors import UsageError, echo
from magadvise.record import Record
from magadvise.rules.layers import Layer
from magadvise.rules.names import entry_names, normalize
from magadvise.rules.spec import ID_SECTIONS
from magadvise.rules.wording import suggest


class Spot(Record):
    """A place in a file: 1-based line and column when known."""

    file: str
    line: int | None
    column: int | None

    def __str__(self) -> str:
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


class Origin(Record):
    """One entry and every layer that defines it."""

    section: str
    """The section, e.g. ``medications``."""
    id: str
    """The entry's id in that section."""
    source: Spot
    """Where the entry in use is written (the topmost layer that has it)."""
    replaces: tuple[Spot, ...]
    """Entries with the same id in lower layers, which this one replaces whole, nearest first."""


def section_name(text: str) -> str:
    """``medication-classes`` or ``classes`` -> ``medication_classes``; UsageError otherwise."""
    key = normalize(text).replace(" ", "_")
    if key == "classes":
        key = "medication_classes"
    if key not in ID_SECTIONS:
        raise UsageError(f"no section {echo(text)}", tuple(suggest(key, ID_SECTIONS)))
    return key


def find_origins(layers: list[Layer], wanted: str, section: str | None = None) -> list[Origin]:
    """Entries whose id is ``wanted`` (else whose name, brand or alias is), with their files."""
    sections = (section,) if section else ID_SECTIONS
    hits = [(s, wanted) for s in sections if wanted in _ids(layers, s)]
    if not hits:
        key = normalize(wanted)
        hits = [
            (s, id)
            for s in sections
            for id, raw in _entries(layers, s).items()
            if key in {normalize(n) for n in entry_names(id, raw)}
        ]
    if not hits:
        known = [id for s in sections for id in _ids(layers, s)]
        where = f"in {section}" if section else "in any section"
        raise UsageError(f"no entry {echo(wanted)} {where}", tuple(suggest(wanted, known)))
    return [_origin(layers, s, id) for s, id in hits]


def _origin(layers: list[Layer], section: str, id: str) -> Origin:
    spots = []
    for layer in reversed(layers):
        data = layer.parsed.data
        entries = data.get(section) if isinstance(data, dict) else None
        if isinstance(entries, dict) and id in entries:
            where = layer.parsed.locate((section, id))
            line, column = where if where else (None, None)
            spots.append(Spot(layer.name, line, column))
    return Origin(section, id, spots[0], tuple(spots[1:]))


def _entries(layers: list[Layer], section: str) -> dict[str, dict[str, object]]:
    """The section as merged: later layers replace earlier entries whole."""
    merged: dict[str, dict[str, object]] = {}
    for layer in layers:
        data = layer.parsed.data
        entries = data.get(section) if isinstance(data, dict) else None
        if isinstance(entries, dict):
            merged.update(
                (k, v) for k, v in entries.items() if isinstance(k, str) and isinstance(v, dict)
            )
    return merged


def _ids(layers: list[Layer], section: str) -> set[str]:
    ids: set[str] = set()
    for layer in layers:
        data = layer.parsed.data
        entries = data.get(section) if isinstance(data, dict) else None
        if isinstance(entries, dict):
            ids.update(k for k in entries if isinstance(k, str))
    return ids
