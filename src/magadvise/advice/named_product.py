"""A ``--product`` named by a product the rules count (``Mag-Ox 400``, ``Slow-Mag``): its form
and the elemental magnesium its label gives a tablet.

``plan --product`` takes a form and an amount (``oxide 400mg``). People type the product they
hold instead: a name the rules know as a single-magnesium product with a labelled amount is read
as its form (the salt its name gives: Mag-Ox 400 is magnesium oxide) and, for a tablet, capsule
or chew, the label's elemental mg a unit (241.3 mg for Mag-Ox 400, from the rules' sources). A
liquid or powder product (``Milk of Magnesia``: 1,000 mg in a 30 mL dose) is read as its form
only, and the label amount is offered as ``--elemental-per-unit`` (a "unit" of a plan is one
tablet or capsule). A product of several active ingredients (``Rolaids``: calcium carbonate and
magnesium hydroxide) or none named is refused with a clear error; a name the rules do not know
gets "did you mean" among the forms and the magnesium products.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from magadvise.advice.dose import Amount, Percent, find_percent
from magadvise.advice.product import parse_product
from magadvise.advice.typed_count import SOLID_UNIT
from magadvise.advice.units import mg
from magadvise.errors import UsageError, echo
from magadvise.record import Record
from magadvise.rules.names import normalize

if TYPE_CHECKING:
    from magadvise.rules.model_medicines import Medication
    from magadvise.rules.ruleset import Rules

_CHEWS = r"\b(?:chew|chewable)"  # a chewable tablet, a soft chew: counted one by one


class NamedProduct(Record):
    """The product a ``--product`` text named: the medication, its form's id, and the label's
    elemental mg in one ``unit`` (``per_unit``: None when the unit is not a tablet, capsule or
    chew, so a plan's unit cannot be one)."""

    medication: Medication
    formulation: str
    elemental_mg: float
    unit: str
    per_unit: float | None
    sources: tuple[str, ...]

    def sentence(self) -> str:
        """``Mag-Ox 400 (magnesium oxide 400 mg tablet (Mag-Ox 400)): 241.3 mg of elemental
        magnesium a tablet, from its label``."""
        return (
            f"{self.medication.name}: {mg(self.elemental_mg)} of elemental magnesium a "
            f"{self.unit}, from its label"
        )


def read_product(
    rules: Rules, text: str, elemental_per_unit: float | None, variant: str | None
) -> tuple[Percent, Amount | None, NamedProduct | None]:
    """The form, the amount a unit, and the product named (if the text named one) of a
    ``--product`` text: a form and amount as typed (``oxide 400mg``), else a product the rules
    count (see the module). UsageError for a text that names neither.

    A form and amount as typed (``Magnesium citrate 200 mg``) cannot say whether the number is
    the magnesium in a unit (a US Supplement Facts label states the nutrient itself, 21 CFR
    101.36(b)(2): "Magnesium (as magnesium citrate) 200 mg") or the weight of the compound
    (a drug's name, an SmPC's "magnesium oxide 400 mg"). Read as the compound, a 200 mg
    elemental tablet would be counted at 32.4 mg and nine a day advised (1,800 mg, five times
    the upper level); read as elemental, a compound-labelled tablet gives fewer units than the
    target needs, an under-dose. So it is read as elemental magnesium, the reading with fewer
    units (``Amount.assumed``), and the plan says so and gives the other reading;
    ``--elemental-per-unit`` gives the label's own amount."""
    try:
        percent, amount = parse_product(rules, text, elemental_per_unit, variant)
    except UsageError as missing:
        named = named_product(rules, text)
        if named is None:
            raise UsageError(missing.message, _suggestions(rules, text, missing)) from None
        percent, amount = find_percent(rules, named.formulation, variant), None
    else:
        given = amount is not None or elemental_per_unit is not None
        named = None if given else named_product(rules, text, strict=False)
    if elemental_per_unit is not None:
        return percent, Amount(percent, "elemental", elemental_per_unit, 1), named
    if amount is not None:  # "citrate 200 mg": elemental or compound? (see SAFER_READING)
        return percent, Amount(percent, "elemental", amount, 1, assumed=True), named
    if named is not None and named.per_unit is not None:
        return percent, Amount(percent, "elemental", named.per_unit, 1), named
    return percent, None, named


def named_product(rules: Rules, text: str, strict: bool = True) -> NamedProduct | None:
    """The single-magnesium product with a labelled amount ``text`` names, or None when it
    names no product the rules know; ``strict``: a product that is not one magnesium form
    (several active ingredients, no form in its name) is a UsageError saying so, else None."""
    from magadvise.advice.medications import MedicationFinder, Resolved

    found = [r for r in MedicationFinder(rules).resolve(text) if isinstance(r, Resolved)]
    if len(found) != 1:
        return None
    medication = found[0].medication
    content = medication.magnesium
    forms = _forms_named(rules, medication)
    single = not medication.ingredients and "/" not in medication.name and len(forms) == 1
    if content is None or not single:
        if not strict or (content is None and not forms):
            return None
        raise UsageError(
            f"--product {echo(text)} is {medication.name}, not one magnesium form with a "
            'labelled amount: give its form and amount from the label ("hydroxide 400mg"), '
            "and list it with --med to count its magnesium"
        )
    solid = re.search(SOLID_UNIT, content.unit) or re.search(_CHEWS, content.unit)
    per_unit = content.elemental_mg if solid else None
    return NamedProduct(
        medication, forms[0], content.elemental_mg, content.unit, per_unit, content.sources
    )


def _forms_named(rules: Rules, medication: Medication) -> list[str]:
    """The ids of the forms a product's names give (``magnesium oxide`` in Mag-Ox 400's name,
    ``Slow-Mag`` a name of the chloride form), in the rules' order."""
    names = [normalize(n) for n in (medication.name, *medication.brands, *medication.aliases)]
    found: list[str] = []
    for form in rules.formulations:
        own = [normalize(n) for n in (form.name.split(" (")[0], *form.aliases)]
        said = any(re.search(rf"(?<!\w){re.escape(o)}(?!\w)", n) for o in own for n in names)
        if said or any(rules.formulations.find(n) is form for n in names):
            found.append(form.id)
    return found


def _suggestions(rules: Rules, text: str, missing: UsageError) -> tuple[str, ...]:
    """The forms close to ``text``, then the magnesium products close to it."""
    from magadvise.advice.medications import MedicationFinder
    from magadvise.advice.otc import has_magnesium

    close = MedicationFinder(rules).suggestions(text)
    products = tuple(name for name in close if has_magnesium(rules, name))
    return tuple(dict.fromkeys((*products, *missing.suggestions)))
