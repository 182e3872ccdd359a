"""Medication lists from a file: each reader yields entries (kept or skipped), never advice.

One interface for every source of medicine names, so the advice code never knows which it got:
:func:`read` takes a path (``-`` for standard input), detects the format from the content, and
returns :class:`Entry` items in file order. A plain list (one medicine a line, ``#`` comments
and blank lines ignored) is read by :mod:`.plain`; FHIR R4 JSON or NDJSON by
:mod:`magadvise.fhir.read`. A file that cannot be used raises :class:`MedListError` (exit 1).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from magadvise.errors import EXIT_RULES, MagadviseError
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.fhir.quantity import Quantity
    from magadvise.fhir.read import FhirMedication

MAX_BYTES = 16 * 1024 * 1024
"""Largest medication file read (16 MiB, as for rules files); larger ones are refused."""

DOCUMENT_SIGNATURES = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"{\\rtf", b"MSH|")
"""How the documents :mod:`.documents` names start (after blanks): a PDF, a ZIP archive (DOCX,
XLSX), an older Word or Excel file, an RTF file, an HL7 version 2 message."""
TABLE_SEPARATORS = (",", "\t", ";", "|")
"""What may divide a table's cells (CSV, TSV, ...); a first line with none is not a table."""


class MedListError(MagadviseError):
    """A medication file that cannot be used: missing, unreadable, too large, or malformed."""

    exit_code = EXIT_RULES


class Entry(Record):
    """One medicine from a file.

    ``name``: the text to match, as written. ``file``: the file it came from (``<stdin>`` for
    standard input); ``line``: its line in a plain list or NDJSON file, else None.
    ``resource``: the FHIR resource (``Type/id``) or None. ``rxnorm``: RxNorm codes given
    with it. ``times``: dose times of day (HH:MM) from the record; ``per_day``: doses a day
    from the record when no times are given; ``timing_note``: how the times were read when the
    record names events (``before breakfast``), not clock times. ``skipped``: why it is not
    checked (a stopped medicine, say), None when it is; ``status``: the record's status.
    ``also``: the record's other names for it (coding displays, the reference's display, a
    Medication's ingredients), checked beside ``name`` so a record whose text and display
    disagree loses no caution. ``dose``: how much one dose is, from the record (a count,
    mg or mL, or why it cannot be read; see :mod:`magadvise.fhir.quantity`); ``dosage_text``:
    the record's free-text directions when it gives no ``dose``, read as typed directions are;
    ``daily``: the most a day the record's dosages add up to (:mod:`magadvise.fhir.daily`);
    ``as_needed``: a dosage says it is taken as needed (``asNeededBoolean``/``CodeableConcept``);
    ``supplied``: how much a dispense supplies a day (:mod:`magadvise.fhir.supply`).
    ``unread``: a record's resource that was not read (``skipped`` says why): the result is
    not complete. ``fact``: a record's fact about the person, not a medicine (``condition``,
    ``birthDate``, ``egfr``; see :mod:`magadvise.fhir.context`), read by
    :mod:`magadvise.advice.record_facts`; None for a medicine. ``withhold``: why this entry
    stops any dose (``not-read``: a kidney- or magnesium-related entry not read; ``given``:
    magnesium given into a vein or muscle now or lately; ``kidney-lab``: a creatinine or the like
    not read, decided with the record's eGFR; see :mod:`magadvise.advice.record_gate`).
    ``dated``: the day a record's result was taken (``YYYY-MM-DD``), None if not said.
    ``unread_cells``: a table row's text in columns whose heading is not known (``Freq: 3
    times a day``), shown as not read; it makes a magnesium product's amount not known.
    """

    name: str
    file: str
    line: int | None = None
    resource: str | None = None
    rxnorm: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    per_day: float | None = None
    skipped: str | None = None
    status: str | None = None
    timing_note: str | None = None
    also: tuple[str, ...] = ()
    dose: Quantity | None = None
    dosage_text: str | None = None
    daily: Quantity | None = None
    as_needed: bool = False
    supplied: Quantity | None = None
    unread: bool = False
    fact: str | None = None
    withhold: str | None = None
    dated: str | None = None
    unread_cells: tuple[str, ...] = ()
    dose_texts: tuple[str, ...] = ()
    """A record's free-text directions beside a coded ``dose`` (``dosage_text`` is then None),
    read beside a magnesium product for an mg that says another amount."""

    @property
    def where(self) -> str:
        """``meds.txt:3`` or ``record.json MedicationRequest/abc``, for messages."""
        if self.resource:
            return f"{self.file} {self.resource}"
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def said(self, verb: str = "lists") -> str:
        """Who says what an entry holds, for messages: ``the record lists`` (``verb``) for a
        record's resource, ``the list says`` for a list's line."""
        return f"the record {verb}" if self.resource else "the list says"

    def source_doc(self) -> dict[str, object]:
        """``{"file", "line", "resource"}`` for JSON output."""
        return {"file": self.file, "line": self.line, "resource": self.resource}


def read(path: str, include_inactive: bool = False) -> list[Entry]:
    """The medicines in the file at ``path`` (``-``: standard input), in file order."""
    label = "<stdin>" if path == "-" else path
    data = _bytes(path, label)
    from magadvise.medlist.text import NotText, as_utf8

    try:
        data = as_utf8(data)
    except NotText as error:
        raise MedListError(f"{label}: {error}") from None

    head = data[:64].lstrip()
    if head.startswith(DOCUMENT_SIGNATURES) or head[:1] == b"<":
        from magadvise.medlist.documents import kind, message

        document = kind(data)
        if document is not None:
            raise MedListError(f"{label}: {message(document)}")
    if looks_like_json(data):
        return _fhir(data, label, include_inactive)
    from magadvise.medlist.plain import read_plain

    return read_plain(data, label, include_inactive)


def looks_like_json(data: bytes) -> bool:
    """Whether a medication file is JSON/NDJSON (FHIR) rather than a plain list of names: it
    starts with ``{`` (but not a number after it), or an array's ``[`` and its first value
    (``[{``, ``[]``, ``["``), so a list whose first line is in brackets (``[Home medicines]``,
    ``[Pt is 45]``, an RxNorm pack's ``{28 (norethindrone 0.35 MG Oral Tablet) } Pack``) is a
    list."""
    start = data.lstrip()[:64]
    if start[:1] == b"{":  # an object (or broken JSON: its error), not "{28 (...) } Pack"
        return not start[1:].lstrip()[:1].isdigit()
    return start[:1] == b"[" and start[1:].lstrip()[:1] in (b"{", b"[", b"]", b'"', b"")


def _bytes(path: str, label: str) -> bytes:
    """The file's bytes, bounded; every failure is one MedListError naming the file."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            file = Path(path)
            if file.is_dir():
                raise MedListError(f"{label}: is a directory, not a medication list")
            with file.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise MedListError(f"{label}: no such file") from None
    except PermissionError:
        raise MedListError(f"{label}: permission denied") from None
    except OSError as error:
        raise MedListError(f"{label}: cannot be read ({error.strerror or error})") from None
    if len(data) > MAX_BYTES:
        raise MedListError(f"{label}: larger than {MAX_BYTES // (1024 * 1024)} MiB; refused")
    return data


def _fhir(data: bytes, label: str, include_inactive: bool) -> list[Entry]:
    """Entries of a FHIR file; what a file validated to is kept, keyed by its bytes."""
    from magadvise.medlist import fhircache

    key = fhircache.key(data, include_inactive)
    kept = fhircache.get(key, label)
    if kept is not None:
        return kept
    from magadvise.fhir.documents import FhirError
    from magadvise.fhir.read import read

    try:
        found = read(data, label, include_inactive)
    except FhirError as error:
        raise MedListError(str(error)) from None
    out = _entries(found, label)
    fhircache.put(key, out)
    return out


def _entries(found: list[FhirMedication], label: str) -> list[Entry]:
    out = []
    for item in found:
        name = item.names[0] if item.names else " / ".join(item.ingredients)
        also = tuple(n for n in dict.fromkeys((*item.names[1:], *item.ingredients)) if n != name)
        line = int(item.pointer.split()[1]) if item.pointer.startswith("line ") else None
        out.append(
            Entry(
                name or "(no name)",
                label,
                line,
                item.resource if "/" in item.resource else None,
                item.rxnorm,
                item.times,
                item.per_day,
                item.skipped,
                item.status,
                item.timing_note,
                also,
                item.quantity,
                item.dosage_text,
                item.daily,
                item.as_needed,
                item.supplied,
                item.unread,
                item.fact,
                item.withhold,
                item.dated,
                dose_texts=item.dose_texts,
            )
        )
    return out
