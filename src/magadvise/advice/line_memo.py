"""A medication file's lines read once each, however many times a record repeats them.

A health record lists the same medicine again and again (each refill a MedicationRequest,
each fill a MedicationDispense): 2,000 resources may hold ten texts. Each entry's line is read
(:func:`magadvise.advice.line_reading.read_line`: conditions, kidney and dialysis wordings,
pregnancy, a reason) before it is assessed. An entry equal to one read before in everything
but where it was found (the file's line, the resource's id), whose reading found nothing
beside its medicines, is given that reading again: the reading is a function of the text, the
medicines found in it and the entry's other fields, and where an entry was found only labels
what a reading finds (a condition, a screened text), which such a reading has none of. Any
entry whose reading found something is read afresh, so what it found names its own place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.advice.line_reading import LineReading, read_line

if TYPE_CHECKING:
    from magadvise.advice.medications import MedicationFinder, Resolved, Unresolved
    from magadvise.medlist import Entry
    from magadvise.rules.ruleset import Rules


class LineReader:
    """``read_line`` for one run's medicines, remembering the readings that found nothing."""

    def __init__(self, rules: Rules, finder: MedicationFinder) -> None:
        self.rules, self.finder = rules, finder
        self._plain: dict[object, LineReading] = {}

    def read(
        self, text: str, readings: list[Resolved | Unresolved], entry: Entry | None
    ) -> LineReading:
        """The reading of ``text`` (as ``read_line``), given again for a repeated entry."""
        if entry is None:  # a --med value: typed once
            return read_line(self.rules, self.finder, text, readings, entry)
        key = (text, tuple(map(id, readings)), entry._replace(line=None, resource=None))
        try:
            found = self._plain.get(key)
        except TypeError:  # a field that cannot be compared as a key: read it afresh
            return read_line(self.rules, self.finder, text, readings, entry)
        if found is None:
            found = read_line(self.rules, self.finder, text, readings, entry)
            if not (found.listed or found.screened or found.ignored):
                self._plain[key] = found
        return found
