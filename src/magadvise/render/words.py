"""Plain-language labels shared by every output format."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from magadvise.advice.cautions import Duplicate
    from magadvise.advice.medications import Resolved, Unresolved
    from magadvise.names.parse import Parsed

DIRECTION = {
    "lowers-drug": "magnesium lowers the drug's absorption or effect",
    "depletes-magnesium": "the drug depletes magnesium",
    "retains-magnesium": "the drug makes the body keep magnesium",
    "additive": "additive effect",
    "other": "other interaction",
    "none": "none listed in the sources named below",
}

FINDING = {
    "benefit": "points to a benefit",
    "no-benefit": "points to no meaningful benefit",
    "conflicting": "is conflicting",
    "uncertain": "is uncertain",
}

_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]"


def clean(text: str) -> str:
    """Untrusted text made safe for a terminal: control characters shown escaped, not obeyed."""
    if text.isprintable():  # none of _CONTROL's characters is printable: nothing to escape
        return text
    return re.sub(_CONTROL, lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def level_word(severity: str) -> str:
    """A severity as shown: ``none`` is "none listed" (an absence in the sources, not a rating)."""
    return "none listed" if severity == "none" else severity


def dose_range(min_mg: float, max_mg: float) -> str:
    """``300-600 mg`` or ``600 mg``."""
    if min_mg == max_mg:
        return f"{min_mg:g} mg"
    return f"{min_mg:g}-{max_mg:g} mg"


NOT_FOR_ROUTE = "does not apply to this route"

ROUTE = {
    "oral": "by mouth",
    "injection": "injected",
    "inhaled": "inhaled",
    "topical": "on the skin",
    "eye": "in the eye",
    "ear": "in the ear",
    "nasal": "in the nose",
    "rectal": "rectal",
    "vaginal": "vaginal",
}


def reading(parsed: Parsed | None) -> str | None:
    """How a typed name was read, when there was more to it than a name.

    ``"metoprolol succinate 50 mg; extended release; tablet; by mouth; once a day; at 08:00;
    for 7 days; brand Toprol"``; None for a bare name such as ``Lasix``.
    """
    if parsed is None:
        return None
    pieces = [" + ".join(f"{p.text} {p.strength}" if p.strength else p.text for p in parsed.parts)]
    pieces += [x for x in (parsed.release, parsed.dose_form) if x]
    if parsed.route_stated or parsed.route != "oral":  # stated, or a local-only brand's
        pieces.append(ROUTE.get(parsed.route, parsed.route))
    pieces += [parsed.route_note] if parsed.route_note else []
    pieces += parsed.frequency
    pieces += [f"at {', '.join(parsed.times)}"] if parsed.times else []
    pieces += parsed.directions
    if parsed.brand:
        pieces.append(f"brand {parsed.brand}")
    pieces += [f"also written {a}" for a in parsed.also_named]
    if parsed.pack:
        pieces.append(f"pack {parsed.pack}")
    if len(pieces) == 1 and not any(p.strength for p in parsed.parts):
        return None
    return "; ".join(pieces)


def status_note(resolved: Resolved | Unresolved) -> str | None:
    """``typed as stopped: still checked ...`` when the line said the medicine is not taken now
    (``stopped``, ``d/c``, ``on hold``, ``not taking``), or ``record status 'stopped': still
    checked (--include-inactive)`` for a FHIR record's medicine that is not current; None
    otherwise. Such a medicine is checked all the same: a list is often out of date, and a
    missed caution is the worse error.
    """
    parsed, origin = resolved.parsed, resolved.origin
    if parsed is not None and parsed.status is not None:
        return (
            f"typed as {parsed.status}: still checked. Remove it from the list if you no "
            "longer take it."
        )
    if origin is not None and not origin.resource and origin.status is not None:
        from magadvise.medlist.table_status import checked_note  # a table's row

        return checked_note(origin.status)
    if origin is None or not origin.resource or origin.status is None:
        return None
    from magadvise.fhir.read import CURRENT

    current = CURRENT.get(origin.resource.split("/", 1)[0])
    if current is None or origin.status in current:
        return None
    return f"record status '{origin.status}': still checked (--include-inactive)."


def parsed_doc(parsed: Parsed | None) -> dict[str, object] | None:
    """The parts of a typed name, for JSON."""
    if parsed is None:
        return None
    return {
        "ingredients": [
            {"name": p.text, "strength": str(p.strength) if p.strength else None}
            for p in parsed.parts
        ],
        "release": parsed.release,
        "dose_form": parsed.dose_form,
        "route": parsed.route,
        "route_stated": parsed.route_stated,
        "route_note": parsed.route_note,
        "frequency": list(parsed.frequency),
        "times": list(parsed.times),
        "directions": list(parsed.directions),
        "brand": parsed.brand,
        "also_named": list(parsed.also_named),
        "pack": parsed.pack,
        "status": parsed.status,
    }


def duplicate_warning(duplicates: Sequence[Duplicate]) -> str | None:
    """``Possible double prescription: also entered as 'levothyroxine' (both contain ...)``."""
    if not duplicates:
        return None
    also = "; ".join(
        f"'{d.input}'"
        + (f" ({d.source})" if d.source else "")
        + f", both contain {', '.join(d.shared)}"
        for d in duplicates
    )
    return (
        f"Possible double prescription: also entered as {also}. Check with your pharmacist or "
        "doctor that you are meant to take both."
    )


def vocabulary_match(resolved: Resolved) -> str | None:
    """How a name only the drug vocabulary knew was matched, to be checked by the reader."""
    if not resolved.recognised_as:
        return None
    return (
        f"'{resolved.input}' is not in the rules; the drug vocabulary reads it as "
        f"{resolved.recognised_as}, so the advice for {resolved.medication.name} is shown. "
        "Check that this is your medicine."
    )


def not_assessed(item: Unresolved) -> str:
    """Why a name was not checked: a real medicine not reviewed, or a name not recognised."""
    guess = f" Did you mean {' or '.join(item.suggestions)}?" if item.suggestions else ""
    if item.recognised_as and item.checked_ingredients:
        return (
            f"is {item.recognised_as} (drug vocabulary), which the rules have NOT reviewed as "
            f"a product: NOT checked as a whole. The cautions of "
            f"{' and '.join(item.checked_ingredients)} are shown on their own.{guess}"
        )
    if item.recognised_as:
        return (
            f"is {item.recognised_as} (drug vocabulary), which the rules have NOT reviewed for "
            f"magnesium: NOT checked.{guess}"
        )
    return f"was NOT recognised and was NOT checked.{guess}"


def dose_times(times: Sequence[str], assumed: bool, recorded: bool, note: str | None = None) -> str:
    """``07:00 (assumed)``, ``06:30 (from the record)``, ``08:00, 20:00 (from the record:
    twice a day; clock times typical)`` or ``08:00, 20:00``."""
    said = f": {note}" if note else ""
    mark = " (assumed)" if assumed else f" (from the record{said})" if recorded else ""
    return ", ".join(times) + mark


def code_match(resolved: Resolved) -> str | None:
    """``by its RxNorm ingredient code 6809 (RxCUI)`` for a medicine a record's code named."""
    if resolved.matched_by != "rxnorm":
        return None
    given = resolved.origin.rxnorm if resolved.origin is not None else ()
    codes = [c for c in given if c in resolved.medication.rxcui] or list(resolved.medication.rxcui)
    return f"by its RxNorm ingredient code {', '.join(codes)} (RxCUI)"
