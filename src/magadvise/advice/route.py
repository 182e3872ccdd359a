"""Whether a caution applies to the route a medicine is taken by.

Oral magnesium binds or blocks some medicines in the gut (direction ``lowers-drug``: chelation,
adsorption, a raised stomach pH). A medicine that never passes through the gut (injected,
inhaled, on the skin, in the eye, ear or nose, vaginal) escapes that, so the caution does not
apply to that form; it is still shown, marked, never dropped. Every other direction
(magnesium depleted or retained by the drug, additive effects) acts in the body whatever the
route, and always applies. Rectal forms are treated as if by mouth: no source we hold says
otherwise.
"""

from __future__ import annotations

from magadvise.names.forms import BYPASSES_GUT
from magadvise.rules.model import MedicationClass

GUT_ONLY = frozenset({"lowers-drug"})

FORM = {
    "injection": "an injected form",
    "inhaled": "an inhaled form",
    "topical": "a form used on the skin",
    "eye": "an eye form",
    "ear": "an ear form",
    "nasal": "a nasal form",
    "vaginal": "a vaginal form",
}


def exemption(route: str, klass: MedicationClass) -> str | None:
    """Why ``klass`` does not apply to a medicine taken by ``route``; None when it applies."""
    if route not in BYPASSES_GUT or klass.direction not in GUT_ONLY:
        return None
    return (
        "magnesium taken by mouth lowers this medicine's absorption in the gut, and "
        f"{FORM.get(route, 'this form')} does not pass through the gut"
    )
