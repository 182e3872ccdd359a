"""A product labelled only for children, listed without ``--age``: no dose is advised.

A children's product (Pedia-Lax chewable tablets: Drug Facts dose children 2 to 11 years only,
``children_under: 12`` in the rules) tells that the person is a child. A child's upper level
for supplements depends on the age (IOM 1997, the rules' intake table: lower at 1-3 and 4-8
years than from 9), so counting it against the level used when no age is given (the adult one)
could advise a dose a young child must not take. The safer reading is chosen: the dose is
withheld (exit 4) and the output asks for ``--age``. The same holds for a line whose words say
the medicine is a child's (:func:`child_named`) and for a medicine written at a strength made
for children (:func:`child_strength`, read by :mod:`magadvise.advice.child_strengths`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.gating import Gate, Withholder
from magadvise.advice.units import years

if TYPE_CHECKING:
    from magadvise.advice.child_strengths import ChildStrength
    from magadvise.advice.medications import Resolved, Unresolved
    from magadvise.advice.otc import ListedMagnesium
    from magadvise.medlist import Entry

NEEDS_AGE = "children-product-needs-age"  # the withholder's id
UL_SOURCE = "s1b"  # IOM 1997: the upper level for supplements, by age


def children_only(listed: Sequence[ListedMagnesium], age: float | None) -> Withholder | None:
    """A withholder when ``age`` is not given and a product listed is labelled only for
    children (its ``children_under``), else None."""
    kids = [item for item in listed if item.content.children_under is not None]
    if age is not None or not kids:
        return None
    names = ", ".join(
        f"{item.label} (labelled only for children under {years(item.content.children_under or 0)})"
        for item in kids
    )
    sources = tuple(dict.fromkeys([UL_SOURCE, *(s for item in kids for s in item.content.sources)]))
    return Withholder(
        NEEDS_AGE,
        f"a children's product without an age: {names}",
        "Its label doses only children, so whoever takes it is a child, and a child's upper "
        "level for supplements depends on the age (lower for younger children): without the "
        "age it cannot be counted against the right level, and never against an adult's",
        sources,
        "Give the child's age with --age to have it counted against the child's upper level, "
        "and ask the child's doctor before adding any magnesium to it.",
    )


def child_named(lines: Sequence[str], age: float | None) -> Withholder | None:
    """A withholder when ``age`` is not given and a line of the list says it is a child's
    medicine (``Children's Tylenol 5 mL``, ``Calpol Infant``, ``Movicol Paediatric``, ``for my
    4 year old``), else None: the same reading as a product labelled only for children."""
    if age is not None:
        return None
    said = [line for line in lines if says_child(line)]
    if not said:
        return None
    names = ", ".join(f"'{line}'" for line in dict.fromkeys(said))
    return Withholder(
        NEEDS_AGE,
        f"a child's medicine on the list, without an age: {names}",
        "The list says the medicine is a child's, and a child's upper level for supplements "
        "depends on the age (lower for younger children): without the age no dose can be "
        "checked against the right level, and never against an adult's",
        (UL_SOURCE,),
        "Give the child's age with --age, and ask the child's doctor before adding any magnesium.",
    )


_CHILD = (
    r"\b(?:child(?:ren)?(?:'?s)?|chi(?:l|ld|dl)?(?:d|r|er)(?:en|ern|ren)'?s?|kids?(?:'s)?|infants?(?:'s)?|p(?:a)?ediatric|junior|toddlers?"
    r"|newborn|neonatal|babies'?|paed|peds|jr)\b"
    r"|\bfor (?:my |the )?(?:son|daughter|baby|child|kid|toddler)\b"
    r"|\b(?:calpol|calprofen|medised|pediacare|triaminic|dimetapp|little remedies|infacol|dentinox"
    r"|augmentin[ -]?es\b)"
    r"|\b(?:1[0-7]|[1-9])[ -]?(?:(?:years?|yrs?)[ -]?old|y/?o)\b"
    r"|\b\d{1,2}[ -]?months?[ -]?old\b"
)
"""Words of a list's line that say the medicine is a child's (a baby's word, ``Baby`` or
``(baby)``, is read by :mod:`magadvise.advice.infant_words`, which knows "baby aspirin" is adults'
low-dose aspirin), and brands sold only for children: Calpol (UK paracetamol, Infant from 2
months, SixPlus from 6 years), Calprofen (UK ibuprofen for children), Medised, PediaCare,
Triaminic, Dimetapp (US: "Children's Dimetapp" brompheniramine liquids), Little Remedies, Infacol
and Dentinox (their makers' children's and infants' lines),
and Augmentin ES-600 (its label: children from 3 months; "experience ... in adults is not
available", source ``label-augmentin-es-600``).
A medicine written at a strength made for children (``Tylenol 160mg per 5mL``) is read from the
rules, in any spelling, by :mod:`magadvise.advice.child_strengths`."""


def says_child(text: str) -> bool:
    """True when ``text`` says a medicine is a child's (see :func:`child_named`), or whoever
    takes it is a baby or a young child (:mod:`magadvise.advice.infant_words`: ``Baby``, ``My
    baby``, ``Gripe water``, ``Similac``, not ``Baby aspirin 81mg``)."""
    import re

    if re.search(_CHILD, text, re.IGNORECASE) is not None:
        return True
    from magadvise.advice.infant_words import says_infant  # "Baby", "Gripe water", "Similac"

    return says_infant(text)


def child_suggested(unassessed: Sequence[Unresolved], age: float | None) -> Withholder | None:
    """A withholder when ``age`` is not given and a name not recognised has a "did you mean"
    that is a child's product (``Chidrens Tylenol``: did you mean Childrens Tylenol?), else
    None: the same reading as a misspelt magnesium product's (advice.unknown_amount)."""
    if age is not None:
        return None
    close = [
        (item.input.strip(), name)
        for item in unassessed
        if item.recognised_as is None
        for name in item.suggestions[:3]
        if says_child(name)
    ]
    if not close:
        return None
    names = ", ".join(f"'{typed}' (did you mean {name}?)" for typed, name in close)
    return Withholder(
        NEEDS_AGE,
        f"a name not recognised, close to a child's medicine, without an age: {names}",
        "The name is not one magadvise knows, and the medicine it is closest to is made for "
        "children, so whoever takes it may be a child, whose upper level for supplements "
        "depends on the age: until the name and the age are known, no dose is shown",
        (UL_SOURCE,),
        "Check the spelling on the box, and give the age with --age (the child's, or your own "
        "if you take it yourself); ask the child's doctor before adding any magnesium.",
    )


def child_strength(found: Sequence[Resolved], age: float | None) -> Withholder | None:
    """A withholder when ``age`` is not given and a medicine recognised on the list is written
    at a strength made for children (``Tylenol 160mg per 5mL``, ``Amoxil 125mg/5mL``, a record's
    ``Acetaminophen 32 MG/ML Oral Suspension``; see :mod:`magadvise.advice.child_strengths`),
    else None: the same reading as a product labelled only for children."""
    if age is not None or not found:
        return None
    from magadvise.advice.child_strengths import child_strengths

    hits = child_strengths(found)
    if not hits:
        return None
    names = ", ".join(_strength_said(hit) for hit in hits)
    sources = tuple(dict.fromkeys([UL_SOURCE, *(s for hit in hits for s in hit.sources)]))
    return Withholder(
        NEEDS_AGE,
        f"a child's medicine on the list, without an age: {names}",
        "Its strength is one made for children, so whoever takes it is likely a child, and a "
        "child's upper level for supplements depends on the age (lower for younger children): "
        "without the age no dose can be checked against the right level, and never against an "
        "adult's",
        sources,
        "Give the age with --age (the child's, or your own if you take it yourself), and ask "
        "the child's doctor before adding any magnesium.",
    )


def _strength_said(hit: ChildStrength) -> str:
    """``'Tylenol 160mg per 5mL' (acetaminophen 32 mg/mL: the children's 160 mg/5 mL)``."""
    if "/" not in hit.label:  # a chewable's or suppository's strength: mg a unit, not per mL
        return f"'{hit.line}' ({hit.medicine} {hit.written}: the children's {hit.label})"
    amount = f"{hit.per_ml:.3g}"
    return f"'{hit.line}' ({hit.medicine} {amount} mg/mL: the children's {hit.label})"


def with_children_only(
    person: Gate,
    listed: Sequence[ListedMagnesium],
    meds: Sequence[str | Entry] = (),
    found: Sequence[Resolved] = (),
    unassessed: Sequence[Unresolved] = (),
) -> Gate:
    """``person`` withheld too by :func:`children_only`, by :func:`child_named` on the
    medicines as written (``--med`` values and the list's entries not skipped), by
    :func:`child_strength` on the medicines recognised (``found``), by
    :func:`child_suggested` on the names not recognised, or by a child's weight on the list
    (:mod:`magadvise.advice.listed_weight`), when one applies."""
    lines = [
        m if isinstance(m, str) else m.name for m in meds if isinstance(m, str) or not m.skipped
    ]
    age = person.age
    held = (
        children_only(listed, age)
        or child_named(lines, age)
        or child_strength(found, age)
        or child_suggested(unassessed, age)
        or _child_weight(meds, age)
    )
    return person._replace(withheld_by=(*person.withheld_by, held)) if held else person


def _child_weight(meds: Sequence[str | Entry], age: float | None) -> Withholder | None:
    """:func:`magadvise.advice.listed_weight.child_weight`, loaded only for a weight line."""
    if all(isinstance(m, str) or m.fact != "weight" for m in meds):
        return None
    from magadvise.advice.listed_weight import child_weight

    return child_weight(meds, age)
