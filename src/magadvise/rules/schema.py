"""A small declarative schema language: one declaration drives validation and JSON Schema."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Path = tuple[str | int, ...]
LARGEST = 10**15  # no dose, age or amount comes near; bigger ones lose precision as floats

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_ID_RE = re.compile(ID_PATTERN)


MAX_PROBLEMS = 200


@dataclass
class Context:
    """What a validation pass knows and what it has found (the first MAX_PROBLEMS, counted)."""

    ids: dict[str, set[str]]
    problems: list[tuple[Path, str]] = field(default_factory=list)
    unreported: int = 0

    @property
    def full(self) -> bool:
        """True once MAX_PROBLEMS are kept: further problems are only counted."""
        return len(self.problems) >= MAX_PROBLEMS

    @property
    def count(self) -> int:
        """Every problem found so far, kept or not."""
        return len(self.problems) + self.unreported

    def report(self, path: Path, message: str) -> None:
        """Record one problem at ``path`` (past MAX_PROBLEMS, only count it)."""
        if self.full:
            self.unreported += 1
        else:
            self.problems.append((path, message))


def dotted(path: Path) -> str:
    """Render a path as ``medications.lasix.classes[0]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def describe(value: object) -> str:
    """Name a YAML value's type for an error message."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int) and abs(value) > 10**30:
        return f"a number with {len(str(abs(value)))} digits"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__} ({value!s})"


def _yaml11_hint(value: object) -> str:
    if isinstance(value, bool):
        return " (YAML reads yes/no/on/off/true/false as true/false: put the text in quotes)"
    if isinstance(value, float):
        return " (YAML read it as a number, e.g. 1.10 becomes 1.1: put it in quotes)"
    if isinstance(value, int):
        return " (YAML read it as a number: put it in quotes)"
    if not isinstance(value, str | list | dict) and value is not None:
        return " (YAML read it as a date or time: put it in quotes)"
    return ""


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def suggest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """Close matches for ``word`` among ``choices``, best first."""
    return difflib.get_close_matches(word, list(choices), n=n, cutoff=0.6)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ``(did you mean 'x'?)`` suffix, or nothing."""
    close = suggest(word, choices)
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{c}'" for c in close) + "?)"


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


class Kind:
    """A type in the schema: checks a value and describes itself as JSON Schema."""

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Kind):
    """A non-empty string, optionally matching a pattern."""

    pattern: str | None = None
    what: str = "text"
    max_length: int = 20_000

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if not isinstance(value, str):
            ctx.report(path, f"expected {self.what}, got {describe(value)}{_yaml11_hint(value)}")
        elif not value.strip():
            ctx.report(path, f"expected {self.what}, got empty text")
        elif len(value) > self.max_length:
            ctx.report(path, f"text longer than {self.max_length} characters")
        elif self.pattern and not re.fullmatch(self.pattern, value):
            ctx.report(path, f"{value!r} is not a valid {self.what}")

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        if self.pattern:
            # Text.check uses fullmatch; a JSON Schema pattern matches anywhere unless anchored.
            anchored = self.pattern.startswith("^") and self.pattern.endswith("$")
            out["pattern"] = self.pattern if anchored else f"^(?:{self.pattern})$"
        return out


@dataclass(frozen=True)
class Clock(Text):
    """A time of day as quoted text: YAML 1.1 reads an unquoted 20:00 as the number 1200."""

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            hint = 'write it in quotes, e.g. "08:00"'
            if 60 <= value < 24 * 60:
                clock = f"{value // 60:02d}:{value % 60:02d}"
                hint = f'YAML reads an unquoted {clock} as {value} (base 60): write "{clock}"'
            ctx.report(path, f"expected {self.what}, got the number {value}; {hint}")
            return
        super().check(value, path, ctx)


TIME = Clock(pattern=r"([01][0-9]|2[0-3]):[0-5][0-9]", what='time of day "HH:MM"')


@dataclass(frozen=True)
class Number(Kind):
    """An int or float within bounds (booleans are not numbers here)."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    integer: bool = False

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        ok_type = int if self.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, ok_type):
            what = "a whole number" if self.integer else "a number"
            hint = " (remove the quotes)" if isinstance(value, str) and _numeric(value) else ""
            ctx.report(path, f"expected {what}, got {describe(value)}{hint}")
            return
        if value != value or value in (float("inf"), float("-inf")):
            ctx.report(path, f"expected a finite number, got {value!r}")
            return
        if abs(value) > LARGEST:
            ctx.report(path, f"{describe(value)} is far too large for any dose, age or amount")
            return
        low, high = self.minimum, self.maximum
        if low is not None and (value <= low if self.exclusive_minimum else value < low):
            sign = ">" if self.exclusive_minimum else ">="
            ctx.report(path, f"{value!r} is out of range: must be {sign} {low:g}")
        elif high is not None and value > high:
            ctx.report(path, f"{value!r} is out of range: must be <= {high:g}")

    def json_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            out["exclusiveMinimum" if self.exclusive_minimum else "minimum"] = self.minimum
        if self.maximum is not None:
            out["maximum"] = self.maximum
        return out


@dataclass(frozen=True)
class Boolean(Kind):
    """true or false."""

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if not isinstance(value, bool):
            ctx.report(path, f"expected true or false, got {describe(value)}")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True)
class Flag(Kind):
    """``true``, written to switch something on; leave the key out rather than write false."""

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if value is not True:
            ctx.report(path, f"expected true (or leave the key out), got {describe(value)}")

    def json_schema(self) -> dict[str, Any]:
        return {"const": True}


@dataclass(frozen=True)
class Choice(Kind):
    """One of a fixed set of words."""

    values: tuple[str, ...]

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if not isinstance(value, str) or value not in self.values:
            allowed = " | ".join(self.values)
            shown = repr(value) if isinstance(value, str) else describe(value)
            hint = did_you_mean(value, self.values) if isinstance(value, str) else ""
            ctx.report(path, f"{shown} is not one of {allowed}{hint}{_yaml11_hint(value)}")

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.values)}


@dataclass(frozen=True)
class Ref(Kind):
    """The id of an entry in another section."""

    section: str
    noun: str = ""

    def check(self, value: Any, path: Path, ctx: Context) -> None:
        if not isinstance(value, str):
            ctx.report(path, f"expected an id from {self.section}, got {describe(value)}")
            return
        known = ctx.ids.get(self.section, set())
        if value not in known:
            noun = self.noun or self.section.removesuffix("s").replace("_", " ")
            ctx.report(path, f"unknown {noun} '{value}'{did_you_mean(value, known)}")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": ID_PATTERN}


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
                ctx.report(path, f"key {describe(key)} must be text{_yaml11_hint(key)}")
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
                    f"id {shown} must be lowercase letters, digits and hyphens{_yaml11_hint(key)}",
                )
                continue
            self.value.check(entry, (*path, key), ctx)

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": self.value.json_schema(),
        }
