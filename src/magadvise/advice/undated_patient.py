"""A record holding several Patients, one of them with no birth date: the age is not known.

A parent's portal export may hold the parent's Patient and a child's, and the child's may have
no birth date. The medicines may be the undated one's, so another Patient's age must not stand
for theirs: an adult's age would lift a child's limits (the youngest-age rule of
:func:`magadvise.advice.record_facts.record_age` needs every age). The FHIR reader marks such an
undated Patient (``Entry.withhold`` :data:`UNDATED`, :mod:`magadvise.fhir.read`); then, unless
``--age`` is given, no age is taken from the record and no dose is advised (exit 4), since a
child's upper level for supplements depends on the age (IOM 1997, the rules' intake table).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from magadvise.advice.gating import Withholder

if TYPE_CHECKING:
    from magadvise.medlist import Entry

UNDATED = "age-unknown"
"""``Entry.withhold`` of a Patient with no birth date in a record holding several Patients."""
AGE_UNKNOWN = "record-age-unknown"  # the withholder's id
UL_SOURCE = "s1b"  # IOM 1997: the upper level for supplements, by age
NOT_USED = (
    "not used: another Patient in the record has no birth date, and the medicines may be "
    "theirs; give --age"
)
"""Said of a dated Patient's age when an undated one stops it being used."""


def undated(medicines: Sequence[str | Entry]) -> bool:
    """Whether the record holds an undated Patient among several (marked :data:`UNDATED`)."""
    return any(not isinstance(m, str) and m.withhold == UNDATED for m in medicines)


def undated_withholder(skipped: Sequence[Entry], age: float | None) -> Withholder | None:
    """A withholder when ``age`` is not known and a Patient marked :data:`UNDATED` is listed."""
    found = [entry for entry in skipped if entry.withhold == UNDATED]
    if age is not None or not found:
        return None
    return Withholder(
        AGE_UNKNOWN,
        f"the record holds several Patients and {found[0].resource or 'one'} "
        f"({found[0].where}) has no birth date: the age is not known",
        "The medicines may be the undated Patient's, who may be a child, and a child's upper "
        "level for supplements depends on the age: another Patient's age is not used for them",
        (UL_SOURCE,),
        "Give the age of the person the medicines are for with --age.",
    )
