"""Text on a medication list that is certainly not a medicine, and what it is instead.

Pasted discharge lists and exported tables carry headings (``Medication``, ``Current
Medications:``), status cells (``Active``, ``Discontinued``), dates, notes (``pt taking on
own``), conditions the medicine is for (``sinusitis``, ``N/V``) and fragments of directions
(a lone ``q``). Read as medicines they were named NOT ASSESSED, burying the real unknowns.
:func:`not_a_medicine` says what such a text is, so it can be shown as ignored; it answers only
for a text that is wholly one of these (exactly, after case and spacing), never for a word
inside a name, and is asked only about text the rules and the drug vocabulary do not know.
Ambiguous words stay medicines: ``D`` (vitamin D), ``DM`` (dextromethorphan), ``Na`` (sodium),
``thyroid`` (Armour Thyroid), ``unknown`` (an unknown pill is still a pill), ``Levo``.
"""

from __future__ import annotations

import re

from magadvise.record import Record
from magadvise.rules.names import normalize

HEADINGS = frozenset(
    """medication;medications;medicine;medicines;meds;drug;drugs;drug name;medication name;
    name;generic name;brand name;product;status;dose;dosage;strength;route;frequency;sig;
    directions;instructions;how to take;when to take;start;start date;started;end;end date;
    stop date;date;last filled;fill date;prescriber;prescribed by;provider;indication;reason;
    reason for use;notes;note;comments;comment;refills;quantity;qty;pharmacy;taking;action;
    current medications;home medications;active medications;discharge medications;
    medication list;medications list;my medications;outpatient medications;
    inpatient medications;allergies;continue these medications;continue taking;
    stop taking these medications;start taking these medications;new medications;
    changed medications;change how you take these medications;
    medications to continue;medications to stop;start taking;stop taking;change taking;
    your medication list;your medications;your current medications;your medicines;
    continue these medications which have not changed;continue taking these medications;
    ask your doctor about these medications;take these medications;
    these medications have changed;current outpatient medications;
    current outpatient prescriptions;prior to admission medications;
    medications prior to admission;current meds;home meds;repeat medications;
    repeat prescriptions;acute medications""".replace("\n    ", "").split(";")
)
"""A table's column headings and a list's section headings."""

STATUSES = frozenset(
    """active;inactive;discontinued;stopped;completed;complete;cancelled;canceled;held;
    on hold;current;yes;no;taking;not taking;expired;entered in error;new;changed;
    continue;continued;resumed""".replace("\n    ", "").split(";")
)
"""A status cell alone (``Active``); a status written with a medicine stays its note."""

NOTES = frozenset(
    """pt taking on own;patient taking on own;taking on own;per patient;per pt;pt reports;
    patient reports;pt states;patient states;per pt report;per patient report;
    home med;home medication;see above;see below;see list;none;n/a;nkda;nka;
    no known drug allergies;no known allergies;no current medications;no medications;
    other;etc""".replace("\n    ", "").split(";")
)
"""Notes written on a list, about the list or the patient, never about one medicine."""

CONDITIONS = frozenset(
    """sinusitis;sinus infection;bronchitis;pneumonia;cellulitis;uti;urinary tract infection;
    n/v;nausea/vomiting;nausea and vomiting;nausea;vomiting;htn;hypertension;
    high blood pressure;hld;hyperlipidemia;high cholesterol;dm2;t2dm;type 2 diabetes;
    diabetes;chf;heart failure;cad;copd;asthma;afib;a-fib;a fib;atrial fibrillation;gerd;
    acid reflux;reflux;heartburn;bph;hypothyroidism;hyperthyroidism;osteoporosis;
    osteoarthritis;arthritis;gout;migraine;migraines;headache;headaches;insomnia;anxiety;
    depression;constipation;diarrhea;diarrhoea;pain;chronic pain;back pain;fever;allergies;
    seasonal allergies;dvt;strep throat;ear infection;otitis media;rls;restless legs;
    neuropathy;seizures;epilepsy;ckd;chronic kidney disease;anemia;anaemia;af;t1dm;dm1;iddm;
    parkinson's disease;parkinsons disease;parkinson disease;parkinson's;parkinsons;ihd;pvd;
    chronic hepatitis b;niddm;pad;osa;hypothyroid;hyperthyroid""".replace("\n    ", "").split(";")
)
"""What a medicine is for, written alone: a condition, not a medicine."""
CONDITION = "a condition or reason, not a medicine"
"""What :func:`not_a_medicine` says of a text of :data:`CONDITIONS`."""

FRAGMENTS = frozenset({"q", "x", "&", "+", "/", "-", ",", ";", ":", "."})
"""Pieces left when a line of directions is cut ("q" of "q 6h"), or a separator alone."""

# A date with its year: 2024-01-03, 01/03/2024, 1/3/24, 3.1.2024, Jan 3 2024, 3 Jan 2024,
# 03-Jan-2024, January 2024. "1/2" (half a tablet) has no year and is not a date.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# A pattern, compiled on first use (re's own cache): a run with no dated line never pays for it.
_DATE = (
    r"(?:started |start |since |until |stopped |on )?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}(?:[t ][\d:.]+z?)?|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    rf"|{_MONTH}\s*\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}[\s-]*{_MONTH}[\s-]*\d{{2,4}}|{_MONTH}\s+\d{{4}})"
)

_KINDS = (
    (HEADINGS, "a heading, not a medicine"),
    (STATUSES, "a status, not a medicine"),
    (NOTES, "a note, not a medicine"),
    (CONDITIONS, CONDITION),
    (FRAGMENTS, "a fragment of directions, not a medicine"),
)


def not_a_medicine(text: str) -> str | None:
    """What ``text`` is when it is certainly not a medicine (``"a date, not a medicine"``).

    ``text`` is a whole line, table cell or piece of a line as written; None when it may be
    a medicine (anything not wholly in the tables above). A trailing colon, brackets and
    surrounding punctuation do not count (``Current Medications:``, ``(sinusitis)``).
    """
    key = text.strip().strip("()[]{}").strip().rstrip(":").strip()
    folded = " ".join(key.casefold().split())
    if not folded:
        return None
    if any(map(str.isdigit, folded)) and re.fullmatch(_DATE, folded):
        return "a date, not a medicine"
    for table, said in _KINDS:
        if folded in table or normalize(folded) in table:
            return said
    from magadvise.names.asides import wholly_aside  # "for kidney stones", "prevent pregnancy"

    return CONDITION if wholly_aside(folded) else None


class Ignored(Record):
    """A text on a list that is not a medicine and was not checked: shown, never silently lost.

    ``input``: the text as written; ``reason``: what it is (:func:`not_a_medicine`);
    ``source``: where it was (``meds.txt:3``), None when typed with ``--med``.
    """

    input: str
    reason: str
    source: str | None = None

    def doc(self) -> dict[str, str | None]:
        """``{"input", "reason", "source"}`` for JSON output."""
        return {"input": self.input, "reason": self.reason, "source": self.source}
