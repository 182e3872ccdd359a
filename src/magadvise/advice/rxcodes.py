"""RxNorm codes first: a record's ingredient RxCUI names the medicine before its text does.

A FHIR coding (system ``http://www.nlm.nih.gov/research/umls/rxnorm``) whose code is an
ingredient RxCUI a rules medicine lists (``medications.*.rxcui``) identifies that medicine.
Clinical and branded drug codes (SCD, SBD: ingredient + strength + form) are not listed, so
such an entry is read by its text, as before. The text is always read too, and compared:

- code and text name the same medicine (or the text a product containing it): one reading,
  ``matched_by`` ``"rxnorm"``;
- the text names nothing (a coding with no display): the code's medicine, ``"rxnorm"``;
- they disagree: BOTH are assessed, each marked with the disagreement, so a wrong code or a
  wrong label is visible and no caution is lost. A text the rules do not recognise stays
  not assessed (exit 3) beside the code's medicine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.medications import MedicationFinder, Resolved, Unresolved

if TYPE_CHECKING:
    from magadvise.medlist import Entry

UNNAMED = "unnamed medicine ("
"""How a record entry with no name or display starts (see :mod:`magadvise.fhir.read`)."""


def resolve_entry(finder: MedicationFinder, entry: Entry) -> list[Resolved | Unresolved]:
    """What a record entry names: by its ingredient RxCUIs first, checked against its text,
    then against the record's other names for it (see ``_other_names``)."""
    return _other_names(finder, entry, _coded_or_named(finder, entry))


def _other_names(
    finder: MedicationFinder, entry: Entry, reading: list[Resolved | Unresolved]
) -> list[Resolved | Unresolved]:
    """``reading`` with the medicines the record's other names (``entry.also``: a coding's
    display beside the text, ``Lasix`` with ``Ciprofloxacin 500 MG Oral Tablet``) name and
    ``reading`` does not: both are checked, each marked, as for a code that disagrees. An
    other name that matches nothing is not reported (displays from other code systems are
    often not names); it never removes what ``reading`` found."""
    covered = {id for r in reading if isinstance(r, Resolved) for id in _ids_of(r)}
    extra: list[Resolved | Unresolved] = []
    for other in entry.also:
        for found in finder.resolve(other):
            if isinstance(found, Resolved) and not _ids_of(found) & covered:
                covered |= _ids_of(found)
                extra.append(found._replace(input=other))
    if not extra:
        return reading
    named = " and ".join(f"'{r.input}'" for r in extra)
    why = (
        f"the record names this medicine '{entry.name}' and also {named}: these are different "
        "medicines, both are checked; ask which one is taken"
    )
    return [*(_flag(r, why) for r in reading), *(_flag(r, why) for r in extra)]


def _coded_or_named(finder: MedicationFinder, entry: Entry) -> list[Resolved | Unresolved]:
    """What a record entry names by its ingredient RxCUIs and its text (the module's rules)."""
    index = finder.rules.rxnorm_codes if entry.rxnorm else {}
    coded = {code: index[code] for code in entry.rxnorm if code in index}
    if entry.name.startswith(UNNAMED):  # nothing to read: the codes name it, or nothing does
        return _by_code(finder, entry, coded) if coded else [Unresolved(entry.name, ())]
    reading = finder.resolve(entry.name)
    if not coded:
        return reading
    # what the text names: each product and its ingredients
    covered = {id for r in reading if isinstance(r, Resolved) for id in _ids_of(r)}
    missing = {code: med for code, med in coded.items() if med not in covered}
    named = [r for r in reading if isinstance(r, Resolved)]
    if not missing:  # the text agrees with every code
        return [r._replace(matched_by="rxnorm") if isinstance(r, Resolved) else r for r in reading]
    by_code = _by_code(finder, entry, missing)
    if not named:  # nothing named by the text: the codes name it
        others = [r for r in reading if isinstance(r, Unresolved)]
        if not others:
            return by_code
        why = _unrecognised(entry, missing)
        return [*(_flag(r, why) for r in by_code), *(_flag(r, why) for r in others)]
    why = _disagreement(entry, missing, named)
    return [*(_flag(r, why) for r in reading), *(_flag(r, why) for r in by_code)]


def _ids_of(resolved: Resolved) -> set[str]:
    return {resolved.medication.id, *(i.id for i in resolved.ingredients)}


def _by_code(
    finder: MedicationFinder, entry: Entry, missing: dict[str, str]
) -> list[Resolved | Unresolved]:
    out: list[Resolved | Unresolved] = []
    for code, med_id in missing.items():
        medication = finder.rules.medications[med_id]
        if any(isinstance(r, Resolved) and r.medication.id == med_id for r in out):
            continue
        label = entry.name if entry.name.startswith(UNNAMED) else f"RxNorm {code}"
        out.append(
            Resolved(label, medication, finder.ingredients_of(medication), matched_by="rxnorm")
        )
    return out


def _codes(missing: dict[str, str]) -> str:
    return ", ".join(f"{code} ({med})" for code, med in missing.items())


def _disagreement(entry: Entry, missing: dict[str, str], named: list[Resolved]) -> str:
    text = " and ".join(dict.fromkeys(r.medication.name for r in named))
    return (
        f"the record's RxNorm code {_codes(missing)} and its text '{entry.name}' ({text}) name "
        "different medicines: both are checked; ask which one is taken"
    )


def _unrecognised(entry: Entry, missing: dict[str, str]) -> str:
    return (
        f"the record's RxNorm code {_codes(missing)} is checked, but its text "
        f"'{entry.name}' was not recognised: make sure they are the same medicine"
    )


def _flag(item: Resolved | Unresolved, why: str) -> Resolved | Unresolved:
    return item._replace(disagreement=why)
