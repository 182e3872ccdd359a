"""The schema language's kinds of single value: text, times, numbers, true/false, choices, ids.

Each kind checks a value (reporting to a Context) and describes itself as JSON Schema; the
containers that hold them (records, lists, maps) are in ``rules.schema``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from magadvise.rules.context import Context, Path
from magadvise.rules.wording import describe, did_you_mean, yaml11_hint

LARGEST = 10**15  # no dose, age or amount comes near; bigger ones lose precision as floats

ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


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
            ctx.report(path, f"expected {self.what}, got {describe(value)}{yaml11_hint(value)}")
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
            ctx.report(path, f"{shown} is not one of {allowed}{hint}{yaml11_hint(value)}")

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
