"""What a medication list's line says besides its medicines, read before they are assessed.

A pasted or typed list carries more than names. Each line's readings (from
:meth:`magadvise.advice.medications.MedicationFinder.resolve`) are read here, so no condition
written on a list is lost and no kidney wording is passed over beside a dose:

- a time of day written as a label before a medicine (``AM: Amlodipine 5mg``, ``Morning -
  Metformin``) is read as when it is taken (:mod:`magadvise.advice.time_label`);
- an ICD-10 code anywhere on the line (``Z33.1``, ``Folic acid 400mcg - Z3400``) counts the
  condition a record's code would (:mod:`magadvise.advice.listed_codes`);
- a condition written before the medicine taken for it (``HF on Lasix 40mg``, ``28/40 on
  levothyroxine``, ``HTN: amlodipine``) is split from it
  (:mod:`magadvise.advice.condition_lead`): the condition counts, the medicine is read;
- a text no vocabulary knows that names a condition (``CKD stage 4``, ``Pregnant``) counts as
  ``--condition`` would (:func:`magadvise.advice.listed_conditions.as_condition`); the words
  left, when they name a medicine (``Pregnant on Tivicay 50mg``, ``CKD 3 - on cipro 500
  bid``), are read as that medicine, which keeps its cautions and timing;
- a medicine whose label gives it for one condition only (``Diclegis``: nausea of pregnancy;
  ``marks_conditions`` in the rules) counts that condition, and is assessed as well;
- a medicine's reason that names a condition (``Losartan 50 mg daily for CKD stage 4``,
  ``Furosemide for CCF``) counts too (:mod:`magadvise.advice.listed_conditions`), and a reason
  that looks kidney-related but names none (``for HD``, ``for kidneys``) withholds as below;
- a text no vocabulary knows whose words look kidney- or dialysis-related (``hold before HD``,
  ``creatinine 2.5``, ``eGFR 25%``; a creatinine with its value, ``Cr 3.1``, read by
  :mod:`magadvise.names.labs`), the screen a health record gets
  (:mod:`magadvise.fhir.screen`), becomes an entry *not read* that withholds the dose
  (:mod:`magadvise.advice.record_gate`), and stays NOT ASSESSED as a medicine;
- a text (or a reason) nothing above reads that is a near miss of a condition that withholds
  or caps the dose (``CDK stage 4``, ``heart blok``; :mod:`magadvise.advice.near_condition`)
  withholds the dose, or counts as the condition when it only caps it (``pregant``);
- a text that names dialysis access or may (``Fistula L arm``, ``AVG``, a bare ``Fistula``) or a
  pacemaker or implanted defibrillator (``PPM``, ``ICD in situ``) withholds as one that may name
  dialysis or heart block (:mod:`magadvise.advice.access_words`).

An abbreviation written as a medicine's reason that the medicine itself explains (``Sinemet
25/100 tid (PD)``: Parkinson's disease; ``tenofovir 300 mg daily (CHB)``: chronic hepatitis B;
:mod:`magadvise.names.beside_reason`) is read as that reason, not as dialysis or heart block;
the line is read without it. ``PD``, ``on PD`` or ``CHB`` with no such medicine still withhold.

Weeks of a pregnancy or a due date anywhere on a medicine's line (``Boostrix IM 28/40``, ``Lantus
10 units SC, due date 4/1/27``) count pregnancy (:mod:`magadvise.advice.pregnancy_written`); a
due date whose words say it is a next dose (``refill due 3/1/27``, ``dose 2 due date 3/1/27``)
and a line that says plainly ``Not pregnant`` are no pregnancy
(:mod:`magadvise.advice.not_pregnancy`): they are shown as ignored.

Contraception, pre-conception and kidney stones (``prevent pregnancy``, ``pre-pregnancy``, ``for
kidney stones``; :mod:`magadvise.names.asides`) are read as none of these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.condition_lead import condition_lead
from magadvise.advice.device_words import per_million
from magadvise.advice.line_screen import (
    access_or_device,
    dialysis_alone,
    looks_kidney_line,
    may_name,
    other_fistula,
    screened_words,
)
from magadvise.advice.listed_codes import line_codes
from magadvise.advice.listed_conditions import (
    ListedCondition,
    as_condition,
    marked_conditions,
    reason_conditions,
    reason_of,
)
from magadvise.advice.medications import Unresolved
from magadvise.advice.pregnancy_written import pregnancy_written
from magadvise.names.labs import kidney_lab_texts
from magadvise.names.mg_result import magnesium_results
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.advice.medications import MedicationFinder, Resolved
    from magadvise.medlist import Entry
    from magadvise.names.notmed import Ignored
    from magadvise.rules.ruleset import Rules

SCREENED = (
    "written on the list and not read as a medicine or a condition; it looks kidney- or "
    "dialysis-related, so no dose is advised beside it"
)


class LineReading(Record):
    """One line read: the ``results`` to assess as medicines, the conditions ``listed`` on it,
    the entries ``screened`` as kidney-related text not read (they withhold), and the texts
    ``ignored`` as no pregnancy (a next dose's due date, ``Not pregnant``)."""

    results: tuple[Resolved | Unresolved, ...]
    listed: tuple[ListedCondition, ...]
    screened: tuple[Entry, ...]
    ignored: tuple[Ignored, ...] = ()


def read_line(
    rules: Rules,
    finder: MedicationFinder,
    line: str,
    readings: list[Resolved | Unresolved],
    entry: Entry | None,
) -> LineReading:
    """The ``line``'s ``readings`` (one per medicine the finder found in it), read as the
    module says. ``entry`` is the list's entry the line came from, None for a ``--med`` value.
    """
    results: list[Resolved | Unresolved] = []
    listed: list[ListedCondition] = []
    screened: list[Entry] = []
    ignored: list[Ignored] = []
    if (beside := _without_reason(finder, line, readings)) is not None:
        line, readings = beside  # "Sinemet 25/100 tid (PD)": PD is Parkinson's, its reason
    if labs := magnesium_results(line):  # "Serum Mg 1.2": a blood result, not a product
        from magadvise.advice.listed_results import without_labs

        line, readings = without_labs(rules, finder, line, labs, entry, (listed, screened, ignored))
    unread = [r for r in readings if isinstance(r, Unresolved)]
    timed = None
    if unread:  # "AM: Amlodipine 5mg": a time label read with the line
        from magadvise.advice.time_label import timed_line

        timed = timed_line(finder, line, unread)
    lead = None if timed else condition_lead(rules, finder, line, entry, bool(unread))
    if timed is not None:
        readings = timed
    elif lead is not None:  # "HF on Lasix 40mg", "28/40 on levothyroxine"
        readings = list(lead.readings)
        listed.extend([lead.listed] if lead.listed is not None else [])
    queue = [(result, True) for result in readings]  # True: read from the line itself
    while queue:
        result, first = queue.pop(0)
        if isinstance(result, Unresolved) and result.recognised_as is None:
            if "due" in (low := result.input.casefold()) or "preg" in low:
                from magadvise.advice.not_pregnancy import no_pregnancy

                if (no := no_pregnancy(line, result, entry)) is not None:
                    ignored.append(no)  # "refill due date 3/1/27", "Not pregnant"
                    continue
            read = as_condition(rules, result, entry)
            if read is not None:
                listed.append(read)
                if read.whole:
                    continue
                more = finder.resolve(read.rest) if first else []
                if any(not isinstance(m, Unresolved) for m in more):
                    queue[:0] = [(m, False) for m in more]  # once: the words left are a medicine
                    continue
            if per_million(result.input if read is None else read.rest, line):
                pass  # "1450 ppm fluoride": its "ppm" is parts per million, not a pacemaker
            elif access := access_or_device(result.input if read is None else read.rest):
                screened.append(_said(result.input, *access, entry))  # "Fistula L arm", "PPM"
            elif looks_kidney_line(screened_words(result.input, read)) or dialysis_alone(
                result.input
            ):
                screened.append(_screened(result.input, entry))
            elif kind := may_name(result.input if read is None else read.rest):
                screened.append(_may_name(result.input, kind, entry))  # "Sick sinus syndrome"
            else:  # "CDK stage 4", "pregant": a near miss of a condition's words
                _near(rules, result.input if read is None else read.rest, entry, listed, screened)
        results.append(result)
    # "levothyroxine 100mcg 28/40", "Tdap IM, due date 4/10/27", a record's "12 mg IM - 29+3 weeks"
    if (said := pregnancy_written(rules, line, results, listed, entry)) is not None:
        listed.append(said)
    if (coded := line_codes(rules, line, listed, entry)) is not None:
        listed.append(coded)  # "Folic acid 400mcg - Z33.1": a record's code on the line
    for lab in kidney_lab_texts(line):  # "Amlodipine 5mg (Cr 3.1)": a creatinine
        if not any(lab in e.name for e in screened):
            screened.append(_screened(lab, entry))
    for result in results:  # "Diclegis": its label's only use is in pregnancy
        if not isinstance(result, Unresolved) and (
            marked := marked_conditions(rules, result, entry)
        ):
            listed.append(marked)
    if (reason := reason_conditions(rules, line, entry)) is not None:
        listed.append(reason)
    elif entry is not None and (said := _directions_reason(rules, entry)) is not None:
        listed.append(said)  # a record's directions: "4 mg every 8 hours as needed for HG"
    elif not screened and other_fistula(written := reason_of(line), line):
        pass  # "Seton for fistula": the line says the fistula's kind (anal)
    elif not screened and (access := access_or_device(written)):
        screened.append(_said(f"for {written}", *access, entry))  # "for fistula", "for PPM"
    elif not screened and looks_kidney_line(written):
        screened.append(_screened(f"for {written}", entry))  # "for HD", "for kidneys"
    elif not screened and written and (kind := may_name(written)):
        screened.append(_may_name(f"for {written}", kind, entry))  # "for LVSD", "for SSS"
    elif not screened and written:  # "for chronic kidny disease"
        _near(rules, f"for {written}", entry, listed, screened)
    return LineReading(tuple(results), tuple(_once(listed)), tuple(screened), tuple(ignored))


def _without_reason(
    finder: MedicationFinder, line: str, readings: list[Resolved | Unresolved]
) -> tuple[str, list[Resolved | Unresolved]] | None:
    """(the line without the abbreviation it gives as its medicine's reason, read again) when
    that medicine treats what the abbreviation stands for (:mod:`magadvise.names.beside_reason`:
    ``PD`` beside a Parkinson's medicine, ``CHB`` beside a hepatitis B antiviral), or with a
    condition's spelling written out (:mod:`magadvise.advice.condition_spellings`: ``MG
    (ocular)``); None for most lines. A medicine read from the rest keeps the whole line."""
    from magadvise.advice.condition_spellings import spelled_line
    from magadvise.names.beside_reason import mentions, without_reason

    kept = spelled_line(line)  # "MG (ocular)": myasthenia; "Balance 1.5% 2L": a PD solution
    if kept is None and mentions(line):
        named = [
            i.id
            for r in readings
            if not isinstance(r, Unresolved)
            for i in (r.medication, *r.ingredients)
        ]
        named += [
            r.recognised_as for r in readings if isinstance(r, Unresolved) and r.recognised_as
        ]
        kept = without_reason(line, named)
    if kept is None:
        return None
    again = finder.resolve(kept)
    return kept, [r if isinstance(r, Unresolved) else r._replace(input=line) for r in again]


def _directions_reason(rules: Rules, entry: Entry) -> ListedCondition | None:
    """The condition a record's written directions give as the medicine's reason (``as needed
    for HG``, ``prn (HG)``), read as a list's line's reason is; None when they give none."""
    for said in (entry.dosage_text or "", *entry.dose_texts):
        if said and (reason := reason_conditions(rules, said, entry)) is not None:
            return reason
    return None


def _near(
    rules: Rules,
    text: str,
    entry: Entry | None,
    listed: list[ListedCondition],
    screened: list[Entry],
) -> None:
    """A text not read that is a near miss of a condition (:mod:`magadvise.advice.near_condition`)
    is counted as the condition when it only caps the dose (``pregant``: the pregnancy cap, the
    safer reading), else kept to withhold (``CDK stage 4``); nothing when it is not one."""
    from magadvise.advice.near_condition import NEAR, near_condition, near_listed
    from magadvise.names.asides import without_asides

    near = near_condition(rules, plain := without_asides(text))
    if near is None:
        from magadvise.advice.screened_cap import capped_wording  # "Obstetric cholestasis"

        if plain.strip() and (capped := capped_wording(rules, plain, entry)) is not None:
            listed.append(capped)
        return
    if near.capped_only:
        listed.append(near_listed(near, entry))
        return
    why = f"{near.said()}: written on the list and not read; no dose is advised beside it"
    where = entry or _entry(text)
    screened.append(where._replace(name=near.typed, skipped=why, unread=True, withhold=NEAR))


def _once(listed: list[ListedCondition]) -> list[ListedCondition]:
    """Each reading once: a line's pieces may give the same reason twice."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for read in listed:
        key = tuple(f.text for f in read.facts)
        if key not in seen:
            seen.add(key)
            out.append(read)
    return out


def _screened(text: str, entry: Entry | None) -> Entry:
    where = entry or _entry(text)
    return where._replace(name=text, skipped=SCREENED, unread=True, withhold="not-read")


def _may_name(text: str, kind: str, entry: Entry | None) -> Entry:
    """``text`` not read that may name the condition ``kind`` (``heart-block``), to withhold."""
    from magadvise.fhir.screen import screened_why

    said = screened_why(f"not-read:{kind}")
    return _said(text, f"not-read:{kind}", said, entry)


def _said(text: str, mark: str, said: str, entry: Entry | None) -> Entry:
    """``text`` not read, to withhold with the ``withhold`` ``mark`` for the reason ``said``."""
    why = f"written on the list and not read as a medicine or a condition; {said}"
    return _screened(text, entry)._replace(skipped=why, withhold=mark)


def _entry(text: str) -> Entry:
    """Where a ``--med`` value's text comes from."""
    from magadvise.medlist import Entry

    return Entry(name=text, file="--med")
