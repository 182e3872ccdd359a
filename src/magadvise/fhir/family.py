"""Is a record's Condition about a relative (family history), not the person?

A problem list often holds "Family history of CKD" or an ICD-10 Z84.1: a relative's disease,
not the patient's. Such a Condition is read as *family history* (shown, not counted as a
condition, not a gap, never withholding); anything less clear stays as any Condition is read.

It is family history when every text the Condition gives starts with a family-history wording
(``family history of``, ``family hx``, ``fam hx``, ``FHx``, ``FH of``, ``FH:``, or
``hx``/``history of ... in`` a named relative: ``Hx of CKD in mother``) and runs on to no
further clause (no ``;``, ``,`` or ``|``) nor a word that may turn to the person (patient,
pt, self, personal, also, but, and has), or when it gives no text and a family-history code;
and no code it carries names a condition of the person's own. Codes: ICD-10 Z80-Z84 (family
history of ...; see https://www.cms.gov/medicare/coding-billing/icd-10-codes), SNOMED CT
416471007 "Family history of clinical finding" (also as the focus of a post-coordinated
expression, ``416471007:...``), 160266009 "No family history of clinical finding", and children
met in records: 266894000 (cardiovascular disease), 266897007 (myocardial infarction), 430091005
(coronary arteriosclerosis), 160303001 (diabetes mellitus), 160274005 and 160270001 (no family
history of diabetes; of cardiovascular disease), 407559004 (family history unknown) (DICOM CID
3758, https://browser.ihtsdotools.org). A Condition that only mentions a relative elsewhere ("CKD;
mother on dialysis") is not family history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

FAMILY_SNOMED = frozenset(
    {"416471007", "160266009", "266894000", "266897007", "430091005", "160303001",
     "160274005", "160270001", "407559004"}
)  # fmt: skip
FAMILY_ICD10 = ("Z80", "Z81", "Z82", "Z83", "Z84")
READ_AS = "family history: about a relative, not a condition of yours"
"""How a family-history Condition reads under "From the record"."""
_RELATIVE = (
    r"(?:(?:his|her|their|the|pt'?s|patient'?s)\s+)?(?:maternal\s+|paternal\s+)?"
    r"(?:mother|father|mom|dad|parents?|sisters?|brothers?|siblings?|sons?|daughters?|"
    r"grand(?:mother|father|parents?)|aunts?|uncles?|cousins?|twin)"
)
_OWN = re.compile(r"[;,|\n]|\b(?:patient|pt|self|personal|also|but|and\s+has)\b", re.IGNORECASE)
"""A further clause or a word that may turn to the person's own condition: not only family."""
_FAMILY = re.compile(
    r"\s*(?:family\s+(?:medical\s+)?(?:history|hx)|fam\.?\s+hx|fhx\b|fh\s+of\b|fh\s*:"
    rf"|(?:hx|history)\s+of\s+[^;]+?\s+in\s+{_RELATIVE}\b)",
    re.IGNORECASE,
)


def about_relative(texts: Sequence[str], pairs: Sequence[tuple[str, str]]) -> bool:
    """True when a Condition (its ``texts`` and ``(system, code)`` pairs) is family history.

    The caller checks first that no code maps to a condition of the person's (see above)."""
    coded = any(_family_code(system, code) for system, code in pairs)
    if not texts:
        return coded
    return all(_FAMILY.match(t) is not None and _OWN.search(t) is None for t in texts)


def _family_code(system: str, code: str) -> bool:
    if system == "http://snomed.info/sct":
        return code.split(":", 1)[0].strip() in FAMILY_SNOMED
    if system.startswith("http://hl7.org/fhir/sid/icd-10"):
        return code.replace(".", "").upper().startswith(FAMILY_ICD10)
    return False
