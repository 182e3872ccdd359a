"""How amounts, percentages and age bands are written, in every output format; input bounds."""

from __future__ import annotations

import math

from magadvise.errors import UsageError

MAX_MG = 1_000_000  # 1 kg: no one's dose; keeps the arithmetic and the output sane
MAX_UNITS = 1_000


def sane(value: float, what: str, limit: float = MAX_MG) -> float:
    """``value`` if it is a finite number in (0, limit], else UsageError naming ``what``."""
    if not math.isfinite(value) or value <= 0 or value > limit:
        raise UsageError(f"{what} must be a number more than 0 and at most {limit:,.0f}")
    return value


def number(value: float, decimals: int = 1) -> str:
    """``1769.9115`` -> ``1,769.9``; ``200.0`` -> ``200`` (at most ``decimals`` places)."""
    if not math.isfinite(value):
        return str(value)
    rounded = round(value, decimals)
    if rounded == int(rounded):
        return f"{int(rounded):,}"
    return f"{rounded:,.{decimals}f}".rstrip("0").rstrip(".")


def mg(value: float) -> str:
    """``70.5`` -> ``70.5 mg``."""
    return f"{number(value)} mg"


def percent(value: float) -> str:
    """``37.14`` -> ``37%`` (whole percent, as labels print it)."""
    return f"{math.floor(value + 0.5):d}%"


def years(value: float) -> str:
    """An age in years as typed: ``0.49``, ``14``, ``50.99``."""
    return f"{value:g}"


def age_band(start: float, end: float | None) -> str:
    """A table row's ages, [start, end): ``0-6 months``, ``14-18 years``, ``51+ years``."""
    if end is None:
        return f"{start:g}+ years"
    if end <= 1:
        return f"{start * 12:g}-{end * 12:g} months"
    if start == int(start) and end == int(end):
        return f"{start:g}-{end - 1:g} years"
    return f"{start:g} to under {end:g} years"
