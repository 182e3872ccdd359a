"""An injection-only brand written with a tablet or by-mouth word: read as the tablets.

``Apretude`` is sold only as the cabotegravir injection (its label; ``injection_brands`` in the
rules), but lists call the oral lead-in by the programme's name: ``Apretude 30 mg tablet daily``
is Vocabria (cabotegravir tablets), whose label asks for antacids with polyvalent cations to be
taken at least 2 hours before or 4 hours after it. A route or form written on the line
(``tablet``, ``tab``, ``cap``, ``oral``, ``PO``, ``by mouth``) beats the brand: the line is
read as the medicines the entry's ``injection_brands.oral`` lists, which keep their cautions and
timing. So does a strength only the tablets have (``Apretude 30mg``: :data:`TABLET_MG_BELOW`).
With neither, or an injected route, the brand stays the injection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.names.forms import ORAL

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.names.parse import Parsed
    from magadvise.rules.ruleset import Rules


def as_tablets(rules: Rules, result: Resolved) -> list[Resolved]:
    """``result`` as the tablets its injection-only medicine names when its line says it is
    taken by mouth (one reading per tablet medicine), else ``[result]`` unchanged."""
    if result.parsed is None:
        return [result]
    injected = result.medication.injection_brands
    said = result.parsed
    if injected is None or not injected.oral:
        return [result]
    if not (said.route_stated and said.route == ORAL) and not _tablet_strength(said):
        return [result]
    tablets = [rules.medications[i] for i in injected.oral]
    return [result._replace(medication=m, ingredients=(m,)) for m in tablets]


TABLET_MG_BELOW = 100
"""A strength in mg below this on an injection-only brand's line is a tablet's: the oral lead-in
tablets are cabotegravir 30 mg and rilpivirine 25 mg, the injections 400-900 mg doses of 200 or
300 mg/mL suspensions (the Vocabria, Edurant, Apretude and Cabenuva labels, rules source
``label-cabotegravir-forms``)."""


def _tablet_strength(said: Parsed) -> bool:
    """``Apretude 30mg``: a strength in mg (not per mL) that only the tablets have."""
    for part in said.parts:
        strength = part.strength
        if strength is None or strength.unit != "mg":
            continue
        try:
            if all(float(a) < TABLET_MG_BELOW for a in strength.amounts):
                return True
        except ValueError:
            continue
    return False
