"""Assess a list of medicines and conditions: which cautions apply, worst first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice import DISCLAIMER as DISCLAIMER  # defined where importing it is free
from magadvise.advice.line_memo import LineReader
from magadvise.advice.lookup import find
from magadvise.advice.medications import MedicationFinder, Resolved, Unresolved
from magadvise.advice.own_magnesium import own_magnesium
from magadvise.advice.record_facts import RecordFact, read_facts
from magadvise.advice.record_labs import settle_kidney_labs
from magadvise.advice.route import exemption, route_of
from magadvise.advice.rxcodes import resolve_entry
from magadvise.advice.timing import TimingPlan, plan_timing
from magadvise.record import Record
from magadvise.rules.model_conditions import Condition
from magadvise.rules.model_medicines import MedicationClass
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:
    from magadvise.advice.listed_conditions import ListedCondition
    from magadvise.medlist import Entry
    from magadvise.names.notmed import Ignored

SERIOUS = ("critical", "major")
"""Severities shown first, as alerts, wherever a plan or report is printed."""


class Duplicate(Record):
    """Another medicine typed that contains some of the same ingredients: a possible double
    prescription (Synthroid and levothyroxine; HCTZ and Zestoretic)."""

    input: str
    shared: tuple[str, ...]
    source: str | None = None


class MedicationCaution(Record):
    """One medicine the user typed and the interaction classes that apply to it."""

    resolved: Resolved
    classes: tuple[MedicationClass, ...]
    repeated: tuple[str, ...]
    duplicates: tuple[Duplicate, ...] = ()
    not_applicable: tuple[tuple[str, str], ...] = ()
    """(class id, why) for classes that do not apply to the route typed (shown, marked)."""

    def why_not(self, class_id: str) -> str | None:
        """Why a class does not apply to this medicine's route; None when it applies."""
        return dict(self.not_applicable).get(class_id)

    @property
    def applying(self) -> tuple[MedicationClass, ...]:
        """The classes that apply to the route typed, worst first."""
        return tuple(c for c in self.classes if self.why_not(c.id) is None)

    @property
    def rank(self) -> int:
        """Worst severity among the classes that apply (lower is worse)."""
        return min((c.rank for c in self.applying), default=99)

    @property
    def severity(self) -> str | None:
        """The worst severity among the classes that apply; None when none applies."""
        applying = self.applying
        return applying[0].severity if applying else None


class CautionReport(Record):
    """Everything `cautions` knows about the user's medicines and conditions."""

    medications: tuple[MedicationCaution, ...]
    unassessed: tuple[Unresolved, ...]
    conditions: tuple[Condition, ...]
    timing: TimingPlan | None
    skipped: tuple[Entry, ...] = ()
    """Entries of a medication file not checked, each with its reason (a stopped medicine)."""
    record: tuple[RecordFact, ...] = ()
    """What a health record said about the person, and what each fact counts as."""
    ignored: tuple[Ignored, ...] = ()
    """Text on the list that is certainly not a medicine (a heading, a date, a condition)."""

    @property
    def complete(self) -> bool:
        """True when every medicine typed was recognised and every record resource was read."""
        return not self.unassessed and not any(e.unread for e in self.skipped)

    @property
    def serious_conditions(self) -> tuple[Condition, ...]:
        """The critical and major conditions, worst first."""
        return tuple(c for c in self.conditions if c.severity in SERIOUS)

    @property
    def serious_medications(self) -> tuple[MedicationCaution, ...]:
        """The medicines whose worst caution is critical or major, worst first."""
        return tuple(m for m in self.medications if m.severity in SERIOUS)


def _conditions(rules: Rules, name: str) -> tuple[Condition, ...]:
    """The conditions a name gives (``ESRD on HD``: two), or a kidney-function number falls in
    (``eGFR 25``), read by :mod:`magadvise.advice.condition_text` as a record's text is."""
    from magadvise.advice.condition_text import named_conditions

    return named_conditions(rules, name) or (find(rules.conditions, name, "condition"),)


def find_conditions(
    rules: Rules, names: list[str], age: float | None = None
) -> tuple[Condition, ...]:
    """The conditions named (unknown names are usage errors), plus any that the age implies."""
    chosen = {c.id: c for name in names for c in _conditions(rules, name)}
    if age is not None:
        for condition in rules.conditions:
            if condition.age_min is not None and age >= condition.age_min:
                chosen.setdefault(condition.id, condition)
    return tuple(sorted(chosen.values(), key=lambda c: c.rank))


def assess(
    rules: Rules,
    medicines: Sequence[str | Entry],
    conditions: list[str] = (),  # type: ignore[assignment]
    age: float | None = None,
    times: dict[str, tuple[str, ...]] | None = None,
) -> CautionReport:
    """Match each medicine and gather its cautions, sorted worst first, none repeated.

    ``medicines`` are names typed, or entries of a medication file (:mod:`magadvise.medlist`):
    an entry marked skipped is reported, not checked; dose times an entry carries from a
    record feed the timing plan unless ``times`` (``--at``) gives that medicine's.
    """
    found_conditions = find_conditions(rules, list(conditions), age)
    facts = [m for m in medicines if not isinstance(m, str) and m.fact]
    record, from_record, unread = read_facts(rules, facts, age)
    finder = MedicationFinder(rules)
    lines_read = LineReader(rules, finder)
    resolved: list[Resolved] = []
    unassessed: list[Unresolved] = []
    skipped: list[Entry] = []
    ignored: list[Ignored] = []
    times = dict(times or {})
    recorded: dict[str, str | None] = {}
    per_day: dict[str, float] = {}
    readings: dict[tuple[str, tuple[str, ...]], list[Resolved | Unresolved]] = {}
    first: dict[tuple[str, str | None], int] = {}  # the same name again: one entry, copies kept
    copies: dict[int, list[Entry | None]] = {}
    found: list[Resolved | Unresolved] = []
    lines: list[int] = []  # which typed medicine (or file entry) each result came from
    listed: list[ListedCondition] = []  # conditions written on the list ("CKD stage 4")
    for line, item in enumerate(medicines):
        entry = None if isinstance(item, str) else item
        if entry is not None and (entry.skipped or entry.fact):
            skipped.extend([entry] if entry.skipped else [])
            continue
        text = item if isinstance(item, str) else item.name
        codes = entry.rxnorm if entry is not None else ()
        if (text, codes) not in readings:
            readings[text, codes] = (
                resolve_entry(finder, entry) if entry is not None else finder.resolve(text)
            )
        read = lines_read.read(text, readings[text, codes], entry)
        listed.extend(read.listed)
        skipped.extend(read.screened)
        ignored.extend(read.ignored)  # "due date 12/15/26" of an injection, "Not pregnant"
        for result in read.results:
            if (why := _not_a_medicine(result)) is not None:
                from magadvise.names.notmed import Ignored

                where = entry.where if entry is not None else None
                ignored.append(Ignored(result.input.strip(), why, where))
                continue
            medication = result.medication.id if isinstance(result, Resolved) else None
            key = (result.input.strip(), medication)  # as written: other spellings stay apart
            if key in first:
                copies.setdefault(first[key], []).append(entry)
                continue
            first[key] = len(found)
            if entry is not None:
                result = result._replace(source=entry.where, origin=entry)
            found.append(result)
            lines.append(line)
            if isinstance(result, Resolved) and entry is not None:
                _record_timing(result.medication.id, entry, times, recorded, per_day)
    from_record += tuple(c for read in listed for c in read.conditions)
    record += tuple(f for read in listed for f in read.facts)
    if from_record:
        chosen = {c.id: c for c in (*found_conditions, *from_record)}
        found_conditions = tuple(sorted(chosen.values(), key=lambda c: c.rank))
    for index, more in copies.items():
        found[index] = found[index]._replace(copies=tuple(more))
    line_of = {id(r): line for r, line in zip(found, lines, strict=True)}
    resolved.extend(r for r in found if isinstance(r, Resolved))
    unassessed.extend(r for r in found if isinstance(r, Unresolved))
    cautions = [_caution(rules, r, _duplicates(r, resolved, line_of)) for r in resolved]
    cautions.sort(key=lambda c: c.rank)
    cautions = _mark_repeats(cautions)
    timing = plan_timing(rules, _once_each(cautions), times, recorded, per_day)
    timing = own_magnesium(timing, cautions, times)
    return CautionReport(
        tuple(cautions),
        tuple(unassessed),
        found_conditions,
        timing,
        settle_kidney_labs(record, (*skipped, *unread)),
        record,
        tuple(dict.fromkeys(ignored)),
    )


def _not_a_medicine(result: Resolved | Unresolved) -> str | None:
    """What an unrecognised text is when it is certainly not a medicine; None otherwise.

    Only a name that neither the rules nor the drug vocabulary know is asked (see
    :mod:`magadvise.names.notmed`): a recognised medicine is never ignored.
    """
    if isinstance(result, Resolved) or result.recognised_as is not None:
        return None
    from magadvise.names.notmed import not_a_medicine  # only unknown names pay for its tables

    return not_a_medicine(result.input)


def _record_timing(
    id: str,
    entry: Entry,
    times: dict[str, tuple[str, ...]],
    recorded: dict[str, str | None],
    per_day: dict[str, float],
) -> None:
    """A record's dose times (or doses a day) for a medicine, unless ``--at`` gave its times."""
    if entry.times:
        times.setdefault(id, entry.times)
        if times[id] == entry.times:
            recorded[id] = entry.timing_note
    elif entry.per_day is not None and id not in times:
        per_day.setdefault(id, entry.per_day)


def _duplicates(
    item: Resolved, everything: list[Resolved], line_of: dict[int, int]
) -> tuple[Duplicate, ...]:
    """The other entries that share an ingredient with ``item`` (every one is kept and shown).

    Readings of one line (``Zestoretic (lisinopril, metformin)`` is read as Zestoretic and
    its bracketed names) are never duplicates of each other: one line is one prescription.
    """
    mine = {i.id: i.name for i in item.ingredients}
    out = []
    if item.copies:  # the same name entered again: a record listing one medicine twice
        where = [c.where if c is not None else "typed again" for c in item.copies]
        shown = ", ".join(where[:3]) + (f" and {len(where) - 3} more" if len(where) > 3 else "")
        times = "once more" if len(where) == 1 else f"{len(where)} more times"
        out.append(Duplicate(item.input, tuple(mine.values()), f"{times}: {shown}"))
    for other in everything:
        if other is item or line_of.get(id(other)) == line_of.get(id(item)):
            continue
        shared = tuple(mine[i.id] for i in other.ingredients if i.id in mine)
        if shared:
            out.append(Duplicate(other.input, shared, other.source))
    return tuple(out)


def _once_each(
    cautions: list[MedicationCaution],
) -> list[tuple[Resolved, tuple[MedicationClass, ...]]]:
    """One timing row per medicine, however many times (and names) it was entered."""
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out = []
    for c in cautions:
        key = (c.resolved.medication.id, tuple(k.id for k in c.applying))
        if key not in seen:
            seen.add(key)
            out.append((c.resolved, c.applying))
    return out


def _caution(
    rules: Rules, resolved: Resolved, duplicates: tuple[Duplicate, ...]
) -> MedicationCaution:
    ids = dict.fromkeys(c for m in resolved.ingredients for c in m.classes)
    classes = sorted((rules.classes[i] for i in ids), key=lambda c: (c.rank, c.name))
    interacting = [c for c in classes if c.direction != "none"]
    route = route_of(resolved)
    if resolved.parsed is not None and route != resolved.parsed.route:  # a local-only brand
        parsed = resolved.parsed._replace(route=route, route_note=None)  # no "read as by mouth"
        resolved = resolved._replace(parsed=parsed)
    carriers = {c.id: tuple(m for m in resolved.ingredients if c.id in m.classes) for c in classes}
    exempt = tuple(
        (c.id, why) for c in classes if (why := exemption(route, c, carriers[c.id])) is not None
    )
    kept = sorted(interacting or classes, key=lambda c: c.id in dict(exempt))  # applying first
    return MedicationCaution(resolved, tuple(kept), (), duplicates, exempt)


def _mark_repeats(cautions: list[MedicationCaution]) -> list[MedicationCaution]:
    """Note classes already shown for an earlier medicine, so their advice is not repeated."""
    first_shown: dict[str, str] = {}
    out = []
    for caution in cautions:
        repeated = tuple(c.id for c in caution.applying if c.id in first_shown)
        for c in caution.applying:
            first_shown.setdefault(c.id, caution.resolved.medication.name)
        out.append(caution._replace(repeated=repeated))
    return out
