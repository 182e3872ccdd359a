"""A small declarative schema language: one declaration drives validation and JSON Schema.

This module holds the containers: a Record of named Fields, ListOf, MapOf and Nullable, and
``kind_at`` to find the kind behind a path. The single-value kinds are in ``rules.kinds``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.kinds import ID_PATTERN, Kind
from magadvise.rules.wording import describe, did_you_mean, yaml11_hint

_ID_RE = re.compile(ID_PATTERN)


def kind_at(root: Kind, path: Path) -> Kind | None:
    """The kind that checks the value at ``path`` under ``root``, or None if none is declared."""
    kind: Kind | None = root
    for part in path:
        while isinstance(kind, Nullable):
            kind = kind.inner
        if isinstance(kind, Record) and isinstance(part, str) and part in kind.fields:
            kind = kind.fields[part].kind
        elif isinstance(kind, MapOf) and isinstance(part, str):
            kind = kind.value
        elif isinstance(kind, ListOf) and isinstance(part, int):
            kind = kind.item
        else:
            return None
    return kind


@dataclass(frozen=True)
class ListOf(Kind):
    """A list whose items share one kind."""

    item: Kind
    min_items: int = 0
    unique: bool = False

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if not isinstance(value, list):
            ctx.report(path, f"expected a list, got {describe(value)}")
            return
        if len(value) < self.min_items:
            ctx.report(path, f"expected at least {self.min_items} item(s), got {len(value)}")
        seen: set[object] = set()
        for index, item in enumerate(value):
            self.item.check(item, (*path, index), ctx)
            if self.unique and isinstance(item, str):
                if item in seen:
                    ctx.report((*path, index), f"'{item}' is listed twice")
                seen.add(item)

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            out["minItems"] = self.min_items
        if self.unique:
            out["uniqueItems"] = True
        return out


@dataclass(frozen=True)
class Nullable(Kind):
    """A kind, or null."""

    inner: Kind

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if value is not None:
            self.inner.check(value, path, ctx)

    def json_schema(self) -> dict[str, Any]:
        return {"anyOf": [self.inner.json_schema(), {"type": "null"}]}


@dataclass(frozen=True)
class Field:
    """One key of a record."""

    kind: Kind
    doc: str
    required: bool = True


Check = Callable[[dict[str, Any], Path, Context], None]


@dataclass(frozen=True)
class Record(Kind):
    """A mapping with declared keys; unknown keys are errors."""

    name: str
    fields: dict[str, Field]
    doc: str = ""
    checks: tuple[Check, ...] = ()
    one_of: tuple[tuple[str, ...], ...] = ()
    """Alternative sets of keys: exactly one set must be given in full, no key of another."""

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if not isinstance(value, dict):
            ctx.report(path, f"expected a mapping ({self.name}), got {describe(value)}")
            return
        before = ctx.count
        for key in value:
            if ctx.full and key not in self.fields:
                ctx.unreported += 1  # no message (nor did-you-mean search) that nobody sees
            elif not isinstance(key, str):
                ctx.report(path, f"key {describe(key)} must be text{yaml11_hint(key)}")
            elif key not in self.fields:
                hint = did_you_mean(key, self.fields)
                ctx.report((*path, key), f"unknown key '{key}' in {self.name}{hint}")
        for key, spec in self.fields.items():
            if key in value:
                spec.kind.check(value[key], (*path, key), ctx)
            elif spec.required:
                ctx.report(path, f"{self.name} is missing required key '{key}'")
        if self.one_of:
            self._check_one_of(value, path, ctx)
        if ctx.count == before:  # checks across fields need every field valid
            for extra in self.checks:
                extra(value, path, ctx)

    def _check_one_of(self, value: dict[str, Any], path: Path, ctx: Context) -> None:
        given = [keys for keys in self.one_of if any(key in value for key in keys)]
        if len(given) == 1 and all(key in value for key in given[0]):
            return
        choices = " or ".join(" and ".join(keys) for keys in self.one_of)
        ctx.report(path, f"{self.name} needs exactly one of: {choices}")

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "object",
            "title": self.name,
            "additionalProperties": False,
            "properties": {
                key: {**spec.kind.json_schema(), "description": spec.doc}
                for key, spec in self.fields.items()
            },
        }
        if self.doc:
            out["description"] = self.doc
        required = [key for key, spec in self.fields.items() if spec.required]
        if required:
            out["required"] = required
        if self.one_of:
            everything = {key for keys in self.one_of for key in keys}
            out["oneOf"] = [
                {
                    "required": list(keys),
                    "not": {"anyOf": [{"required": [k]} for k in sorted(everything - set(keys))]},
                }
                for keys in self.one_of
            ]
        return out


@dataclass(frozen=True)
class MapOf(Kind):
    """A mapping from ids to entries of one kind."""

    value: Kind

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if not isinstance(value, dict):
            ctx.report(path, f"expected a mapping of id: entry, got {describe(value)}")
            return
        for key, entry in value.items():
            if not isinstance(key, str) or not _ID_RE.match(key):
                shown = repr(key) if isinstance(key, str) else describe(key)
                ctx.report(
                    (*path, str(key)),
                    f"id {shown} must be lowercase letters, digits and hyphens{yaml11_hint(key)}",
                )
                continue
            self.value.check(entry, (*path, key), ctx)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": self.value.json_schema(),
        }
