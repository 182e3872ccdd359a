"""Layers of a rules file: read it and every file it extends, then overlay them by id."""

from __future__ import annotations

import os
import time
from pathlib import Path as FsPath
from typing import Any

from magadvise.errors import Problem, RulesError
from magadvise.record import Record
from magadvise.rules import rulesfile
from magadvise.rules.rulesfile import DEFAULT, decode, read_bytes

MAX_LAYERS = 8


class Layer(Record):
    """One parsed file of a (possibly layered) rules document.

    ``stamp`` is the file's status taken just before its bytes were read, at ``checked`` (ns):
    the parse cache compares it instead of hashing the file again.
    """

    name: str
    raw: bytes
    parsed: Any
    stamp: list[int]
    checked: int = 0


def read_layers(path: FsPath) -> list[Layer]:
    """The file and every file it extends, base first."""
    from magadvise.rules import yamlio
    from magadvise.rules.wording import describe
    from magadvise.rules.yaml_problem import YamlReadError

    layers: list[Layer] = []
    seen: set[str] = set()
    current: FsPath | None = path
    via: Layer | None = None  # the layer whose 'extends' led to ``current``
    while current is not None:
        name = str(current)
        if "\x00" in name:
            raise RulesError(
                [_at(via, name, "extends: a file name cannot contain a NUL character")]
            )
        key = os.path.realpath(name)
        if key in seen:
            raise RulesError([_at(via, name, f"'extends' forms a loop: {name} is already a layer")])
        if len(layers) >= MAX_LAYERS:
            raise RulesError([_at(via, name, f"more than {MAX_LAYERS} layers of 'extends'")])
        seen.add(key)
        try:
            checked, recorded = time.time_ns(), _stamp(name)
            raw = read_bytes(current)
        except RulesError as exc:
            if via is None:
                raise
            reason = exc.problems[0].message if exc.problems else "cannot be read"
            raise RulesError([_at(via, name, f"extends: {name} {_which(reason)}")]) from None
        try:
            parsed = yamlio.parse(decode(raw, name))
        except YamlReadError as exc:
            raise RulesError([Problem(name, exc.line, exc.column, exc.message)]) from None
        if via is not None and not isinstance(parsed.data, dict):
            message = f"a rules file must be a mapping of sections, got {describe(parsed.data)}"
            raise RulesError([Problem(name, 1, 1, message)])
        via = Layer(name, raw, parsed, recorded, checked)
        layers.insert(0, via)
        current = _extends(parsed.data, current)
    return layers


def _stamp(name: str) -> list[int]:
    from magadvise.rules.cache import stamp

    try:
        return stamp(name)
    except (OSError, ValueError):
        return []


def _at(via: Layer | None, name: str, message: str) -> Problem:
    """A problem reported at the 'extends' that caused it (or at the file, for the first)."""
    if via is None:
        return Problem(name, None, None, message)
    spot = via.parsed.locate(("extends",))  # indexes the file's nodes: only on failure
    line, column = spot if spot else (None, None)
    return Problem(via.name, line, column, message)


def _which(reason: str) -> str:
    """``no such file`` -> ``does not exist``: a read failure phrased after the file's name."""
    if reason == "no such file":
        return "does not exist"
    if reason.startswith("is "):
        return reason
    return f"cannot be used: {reason}"


def _extends(data: Any, path: FsPath) -> FsPath | None:
    target = data.get("extends") if isinstance(data, dict) else None
    if not isinstance(target, str) or not target.strip():
        return None
    if target == DEFAULT:
        return rulesfile.shipped_rules()  # looked up when called: tests replace it
    candidate = FsPath(target).expanduser()
    return candidate if candidate.is_absolute() else path.parent / candidate


def merge(layers: list[Layer]) -> tuple[Any, dict[str, int]]:
    """Overlay each layer on the one below: entries are added or replaced whole, by id."""
    from magadvise.rules.spec import SECTIONS

    if len(layers) == 1:
        return layers[0].parsed.data, {}
    merged: dict[str, Any] = {}
    owners: dict[str, int] = {}
    for number, layer in enumerate(layers):
        data = layer.parsed.data
        if not isinstance(data, dict):
            return data, {}
        for key, value in data.items():
            if key == "extends":
                continue
            spec = SECTIONS.get(key) if isinstance(key, str) else None
            if (
                spec is not None
                and isinstance(value, dict)
                and isinstance(merged.get(key), dict)
                and key != "intake"
            ):
                merged[key] = {**merged[key], **value}
                owners.update({f"{key}/{entry}": number for entry in value})
            else:
                merged[key] = value
                owners[str(key)] = number
    return merged, owners
