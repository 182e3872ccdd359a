"""Whether a list's text not read looks kidney- or dialysis-related, so withholds the dose.

The words are the record screen's (:mod:`magadvise.advice.kidney_words`), but those that on a
list are something else; ``PD`` alone or with dialysis words (:func:`dialysis_alone`); and a text
read as a kidney condition has only its words left over screened (:func:`screened_words`);
dialysis access and heart rhythm devices (:func:`access_or_device`). Used by
:mod:`magadvise.advice.line_reading`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magadvise.advice.listed_conditions import ListedCondition

_NOT_KIDNEY = frozenset({"mg", "mg2", "mg++", "urea", "bun", "pd"})
"""Screen words that on a list are something else: milligrams, urea cream, a bun, Parkinson's
disease (``Sinemet for PD``; in a record's notes PD is peritoneal dialysis). ``PD`` alone on a
line, with no medicine giving it as a reason, withholds as not read (:func:`dialysis_alone`)."""


def looks_kidney_line(text: str) -> bool:
    """Kidney or dialysis words (magnesium: a list reads its own products), kidney stones
    aside (:mod:`magadvise.names.asides`)."""
    from magadvise.advice.kidney_words import looks_kidney
    from magadvise.names.asides import without_asides

    if looks_kidney(without_asides(text), magnesium=False, ignore=_NOT_KIDNEY):
        return True
    from magadvise.fhir.screen import looks_kidney_or_magnesium

    return looks_kidney_or_magnesium((), written_codes(text))  # "N18.6", "Z99.2"


def written_codes(text: str) -> list[tuple[str, str]]:
    """The ICD-10 codes written in a list's ``text``, with their dot (``N18.6``, ``ICD-10:
    Z95.0``) or without it as records and claims often store them (``N186``, ``Z992``: a
    letter, then two digits, or a digit and ``A`` as in ``Z3A`` weeks of gestation, and one to
    three more characters, at least one a digit), or three-character categories (``N19``,
    ``Z3A``) as words of their own, as codings with no system, which the record screen reads
    as ICD-10 by their shape (:func:`magadvise.fhir.codes.code_system`) and flags only for the
    codes it screens (a vitamin's ``E400`` or ``C1000`` is no code it screens); and ICD-9-CM
    codes with their system (``585.6`` alone, ``ICD-9: 586``; ``586`` alone only for the
    screens: :mod:`magadvise.advice.code_forms`)."""
    dotted = re.findall(r"\b[A-Za-z][0-9][0-9Aa]\.[0-9A-Za-z]{1,4}\b", text) if "." in text else []
    bare = re.findall(
        r"(?<![.\w-])[A-Za-z][0-9][0-9Aa](?=[0-9A-Za-z]{0,2}[0-9])[0-9A-Za-z]{1,3}\b", text
    )
    from magadvise.advice import code_forms as forms

    icd10 = [("", code) for code in (*dotted, *bare, *forms.category_codes(text))]  # "N19"
    icd9 = [(forms.ICD9, code) for code in forms.icd9_codes(text)]  # "585.6", "ICD-9: 586"
    return [*icd10, *icd9, *((forms.ICD9_MAYBE, c) for c in forms.maybe_icd9(text))]  # "586"


def screened_words(text: str, read: ListedCondition | None) -> str:
    """The words of ``text`` to screen: all of them, but the words left over once it is read as
    a kidney condition (``Pramipexole (RLS, HD)``: ``rls``; its ``HD`` is read as dialysis)."""
    kidney = {"kidney-disease", "severe-kidney-disease", "dialysis"}
    return read.rest if read is not None and {c.id for c in read.conditions} & kidney else text


_PD_WORDS = frozenset(
    """nightly daily overnight day night exchange exchanges exch bag bags cycler catheter cath
    tenckhoff peritonitis dwell dwells fill baxter fresenius solution solutions fluid fluids
    dextrose glucose icodextrin litre litres liter liters peritoneal nocturnal automated
    continuous ambulatory intermittent home""".split()  # noqa: SIM905
)
"""Words beside ``PD`` that say it is dialysis (``PD 4 exchanges``, ``PD cycler``, ``PD - Baxter``,
``Baxter PD solution``)."""


def dialysis_alone(text: str) -> bool:
    """``PD`` with nothing beside it but filler, numbers and dialysis words (``PD``, ``PD
    nightly``, ``PD 4 exchanges``, ``PD 2L x4``, ``PD cycler``): peritoneal dialysis, or
    Parkinson's disease, which only a medicine's reason says (``Sinemet for PD``)."""
    from magadvise.advice.kidney_words import words_of
    from magadvise.advice.listed_conditions import FILLER

    words = [w for w in words_of(text) if w == "for" or w not in FILLER]
    if "pd" not in words or "for" in words:
        return False
    return all(w == "pd" or w in _PD_WORDS or w.lstrip("x")[:1].isdigit() for w in words)


SCREENED_ON_LISTS = ("heart-block", "myasthenia-gravis", "heart-failure")
"""The withholding conditions whose wordings a list's text not read is screened for as a health
record's entry is (:mod:`magadvise.fhir.screen_more`): a list's ``Cardiomyopathy``, ``NYHA class
III`` or ``Geart failure`` withholds the dose as the same entry in a record does. Pregnancy and
breastfeeding only cap the dose: a list reads their wordings as conditions (the rules' aliases,
:mod:`magadvise.advice.near_condition`), not as a reason to withhold."""


def may_name(text: str) -> str | None:
    """The rules condition (``heart-block``, ``myasthenia-gravis``, ``heart-failure``) a list's
    text not read may name, by the record screen's words and codes: ``Sick sinus syndrome``,
    ``Sinus node dysfunction``, ``LBBB``, ``Tachy-brady syndrome``, ``Z95.0`` (a pacemaker's
    code), ``Cardiomyopathy``, ``LVSD``; None for any other text. The conduction problems the
    rules' sources do not name (sinus node disease, bundle branch block) withhold this way, as a
    heart-conduction wording not read, until the person confirms with ``--condition``."""
    from magadvise.fhir.screen_more import looks_like_condition

    found = looks_like_condition([text], written_codes(text))
    return found if found in SCREENED_ON_LISTS else None


def access_or_device(text: str) -> tuple[str, str] | None:
    """(the ``withhold`` mark, why) of a list's text not read that names dialysis access or
    may (``Fistula L arm``, ``AVG``, ``Fistula``: ``not-read:dialysis``) or a heart rhythm
    device (``Pacemaker``, ``ICD in situ``: ``not-read:heart-block``), read by
    :mod:`magadvise.advice.access_words` and :mod:`magadvise.advice.device_words`; None for
    any other text."""
    from magadvise.advice import access_words as words
    from magadvise.advice.device_words import device_why

    kind = words.access_reading(text)
    if kind is not None:
        return "not-read:dialysis", words.WHY[kind]
    why = device_why(text)
    return None if why is None else ("not-read:heart-block", why)


def reading_said(skipped: str | None) -> str | None:
    """What an entry's ``skipped`` reason says it read as dialysis access or a heart device
    (:func:`access_or_device`: ``very likely on dialysis``, ``our judgement``), for the basis
    of the dose it withholds; None for an entry read any other way."""
    from magadvise.advice.access_words import WHY
    from magadvise.advice.device_words import WHYS

    return next((why for why in (*WHY.values(), *WHYS) if why in (skipped or "")), None)


def other_fistula(reason: str, line: str) -> bool:
    """Whether a medicine's ``reason`` names a fistula that its whole ``line`` says is of
    another kind than dialysis access (``Seton for fistula``: a seton is put only through an
    anal fistula), so the reason is not screened as access or a kidney word."""
    from magadvise.advice.access_words import access_reading

    return access_reading(reason) == "fistula" and access_reading(line) is None
