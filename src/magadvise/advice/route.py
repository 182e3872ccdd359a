"""Whether a caution applies to the route a medicine is taken by.

Two kinds of caution can miss a form, and each is still shown, marked, never dropped:

- Oral magnesium binds or blocks some medicines in the gut (direction ``lowers-drug``: chelation,
  adsorption, a raised stomach pH). A medicine that never passes through the gut (injected,
  inhaled, on the skin, in the eye, ear or nose, vaginal) escapes that. Rectal forms are treated
  as if by mouth: no source we hold says otherwise.
- A drug that depletes or retains magnesium, or adds to its effects, does so from the blood.
  An eye, ear, skin, nose or vaginal form escapes that only where the rules give, for that
  medicine, a ``local_forms`` entry citing the local product's own label that blood levels are
  negligible (the Restasis label: blood cyclosporine below the limit of quantitation). Injected
  and inhaled forms never do (inhaled tobramycin, TOBI, reaches the blood).

Every other case applies. A brand sold only as a local form (``Restasis``) is read as that route
when the text names no route itself, and so is a dose a week or more apart of a medicine whose
tablets are daily and whose injection is not (``weekly_injection``: ``Ozempic 0.5 mg weekly``,
``cabotegravir every 2 months`` are injected; ``Ozempic`` alone stays by mouth, the safer
reading, as the US listing also shows Ozempic tablets), and so is a brand sold only as an
injection (``injection_brands``: ``Apretude``, ``Cabenuva``), whatever frequency is typed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.names.forms import BYPASSES_GUT, INJECTED, ORAL
from magadvise.rules.model_medicines import Medication, MedicationClass
from magadvise.rules.names import normalize

if TYPE_CHECKING:
    from magadvise.advice.medications import Resolved

GUT_ONLY = frozenset({"lowers-drug"})
IN_THE_BLOOD = frozenset({"depletes-magnesium", "retains-magnesium", "additive"})

FORM = {
    "injection": "an injected form",
    "inhaled": "an inhaled form",
    "topical": "a form used on the skin",
    "eye": "an eye form",
    "ear": "an ear form",
    "nasal": "a nasal form",
    "vaginal": "a vaginal form",
}


# "once a week", "every 2 months", "every 7 days" (the sig reader's words); the unit in days
# Patterns kept as text are compiled on first use (re's own cache): most runs never need them.
_INTERVAL = r"(?:once a|every(?: (\d+))?) (day|week|month|year)s?"
_DAYS = {"day": 1, "week": 7, "month": 28, "year": 365}
WEEK = 7  # days: a dose at least this far apart is no daily tablet


def weekly_or_longer(frequency: tuple[str, ...]) -> bool:
    """True when the frequency written is a dose a week or more apart and nothing more often:
    ``('once a week',)``, ``('every 2 months',)``, ``('on Sunday',)``; False for
    ``('once a day',)``, ``('twice a week',)``, ``('on Monday, Thursday',)`` or none."""
    days = []
    for often in frequency:
        if often.startswith("on ") and "," not in often:
            days.append(WEEK)
        elif (m := re.fullmatch(_INTERVAL, often)) is not None:
            days.append(int(m[1] or 1) * _DAYS[m[2]])
        else:
            return False
    return bool(days) and min(days) >= WEEK


def route_of(resolved: Resolved) -> str:
    """The route ``resolved`` is taken by: as written, else a local-only brand's, else oral.

    ``Restasis`` (no route written) is ``eye`` because cyclosporine's eye form lists it as a
    brand; ``cyclosporine 100 mg`` stays ``oral``; ``Restasis by mouth`` keeps what it says;
    ``Ozempic 0.5 mg weekly`` is ``injection`` (semaglutide's ``weekly_injection``).
    """
    parsed = resolved.parsed
    if parsed is not None and parsed.route_stated:
        return parsed.route
    typed = {normalize(resolved.input)}
    if parsed is not None:
        typed |= {normalize(" ".join(p.words)) for p in parsed.parts}
        typed |= {normalize(n) for n in (parsed.brand, *parsed.also_named) if n}
    medicines = (resolved.medication, *resolved.ingredients)
    for medicine in medicines:
        for form in medicine.local_forms:
            if typed & {normalize(b) for b in form.brands}:
                return form.route
        injected = medicine.injection_brands
        if injected and typed & {normalize(b) for b in injected.brands}:
            return INJECTED
    if parsed is None:
        return ORAL
    if any(m.weekly_injection for m in medicines) and weekly_or_longer(parsed.frequency):
        return INJECTED
    return parsed.route


def exemption(
    route: str, klass: MedicationClass, carriers: tuple[Medication, ...] = ()
) -> str | None:
    """Why ``klass`` does not apply to a medicine taken by ``route``; None when it applies.

    ``carriers`` are the single medicines in the product that belong to ``klass``: a class acting
    in the blood is exempt only when every one of them declares this local form.
    """
    where = FORM.get(route, "this form")
    if route in BYPASSES_GUT and klass.direction in GUT_ONLY:
        return (
            "magnesium taken by mouth lowers this medicine's absorption in the gut, and "
            f"{where} does not pass through the gut"
        )
    if klass.direction not in IN_THE_BLOOD or not carriers:
        return None
    because = [f.because if (f := m.local_form(route)) else None for m in carriers]
    if not all(because):  # a form whose label shows no negligible blood level keeps it
        return None
    reasons = "; ".join(dict.fromkeys(r for r in because if r))
    return f"{where}: {reasons}; this caution needs the drug in the blood"
