"""An injection-only brand written with a tablet or by-mouth word: read as the tablets.

``Apretude`` is sold only as the cabotegravir injection (its label; ``injection_brands`` in the
rules), but lists call the oral lead-in by the programme's name: ``Apretude 30 mg tablet daily``
is Vocabria (cabotegravir tablets), whose label asks for antacids with polyvalent cations to be
taken at least 2 hours before or 4 hours after it. A route or form written on the line
(``tablet``, ``tab``, ``cap``, ``oral``, ``PO``, ``by mouth``) beats the brand: the line is
read as the medicines the entry's ``injection_brands.oral`` lists, which keep their cautions and
timing. With no route written, or an injected one, the brand stays the injection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.names.forms import ORAL

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved
    from magadvise.rules.ruleset import Rules


def as_tablets(rules: Rules, result: Resolved) -> list[Resolved]:
    """``result`` as the tablets its injection-only medicine names when its line says it is
    taken by mouth (one reading per tablet medicine), else ``[result]`` unchanged."""
    if result.parsed is None:
        return [result]
    injected = result.medication.injection_brands
    said = result.parsed
    if injected is None or not injected.oral or not said.route_stated or said.route != ORAL:
        return [result]
    tablets = [rules.medications[i] for i in injected.oral]
    return [result._replace(medication=m, ingredients=(m,)) for m in tablets]
