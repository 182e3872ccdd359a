"""Codes a FHIR record uses for the conditions the rules know, and for eGFR results.

Each code maps to a name the shipped rules list as a condition alias (``ckd stage 4``, ``heart
failure``), so the rules decide what it means, as for ``--condition``. Codes from the SNOMED CT
International Edition (concept ids, browser: https://browser.ihtsdotools.org) and ICD-10 /
ICD-10-CM (https://www.cms.gov/medicare/coding-billing/icd-10-codes; chapters N18 CKD, N17
acute kidney injury, I12-I13 hypertensive kidney disease, E10-E13 .22 diabetic kidney disease,
G70.0
myasthenia gravis, I44-I45 conduction disorders, I50 heart failure, O00-O77 and Z33.1/Z34
pregnancy, Z99.2, Z49 and Z91.15 dialysis, Z94.0 and T86.1 kidney transplant, O90.4 postpartum
acute kidney failure, R94.4 abnormal kidney function studies, E10-E13 .21/.29 diabetic
nephropathy and other diabetic kidney complications, E83.41 hypermagnesemia). eGFR LOINC codes
from LOINC (https://loinc.org; property ``VRat``, component "Glomerular filtration rate/1.73
sq M.predicted").
"""

from __future__ import annotations

SNOMED = "http://snomed.info/sct"
ICD10 = ("http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10")

SNOMED_TERMS: dict[str, str] = {
    "709044004": "chronic kidney disease",
    "431855005": "ckd stage 1",
    "431856006": "ckd stage 2",
    "433144002": "ckd stage 3",
    "700378005": "ckd stage 3a",
    "700379002": "ckd stage 3b",
    "431857002": "ckd stage 4",
    "433146000": "ckd stage 5",
    "46177005": "end-stage renal disease",
    "42399005": "renal failure",
    "90688005": "renal failure",
    "714152005": "dialysis",  # CKD stage 5 on dialysis
    "105502003": "dialysis",  # dependence on renal dialysis
    "91637004": "myasthenia gravis",
    "233917008": "av block",
    "270492004": "first-degree heart block",
    "28189009": "second-degree heart block",
    "27885002": "complete heart block",
    "6374002": "conduction disorder",  # bundle branch block
    "84114007": "heart failure",
    "42343007": "congestive heart failure",
    "703272007": "hfref",
    "446221000": "hfpef",
    "85232009": "heart failure",  # left heart failure
    "77386006": "pregnancy",
    "72892002": "pregnancy",
    "66978005": "hypermagnesemia",
}
"""SNOMED CT concept id -> condition alias in the shipped rules."""

ICD10_PREFIXES: tuple[tuple[str, str], ...] = (
    ("N181", "ckd stage 1"),
    ("N182", "ckd stage 2"),
    ("N183", "ckd stage 3"),
    ("N184", "ckd stage 4"),
    ("N185", "ckd stage 5"),
    ("N186", "end-stage renal disease"),
    ("N189", "chronic kidney disease"),
    ("N19", "renal failure"),
    ("N17", "acute kidney injury"),
    ("I120", "end-stage renal disease"),  # hypertensive CKD with stage 5 CKD or ESRD
    ("I129", "chronic kidney disease"),  # hypertensive CKD, stage 1-4 or unspecified
    ("I1311", "end-stage renal disease"),  # hypertensive heart and CKD, stage 5 or ESRD
    ("I1310", "chronic kidney disease"),  # hypertensive heart and CKD, stage 1-4
    ("E1022", "chronic kidney disease"),  # type 1 diabetes with diabetic CKD
    ("E1122", "chronic kidney disease"),  # type 2 diabetes with diabetic CKD
    ("E1322", "chronic kidney disease"),  # other diabetes with diabetic CKD
    ("Z992", "dialysis"),
    ("Z49", "dialysis"),
    ("Z9115", "dialysis"),  # patient's noncompliance with renal dialysis
    ("Z940", "kidney transplant"),  # kidney transplant status
    ("T861", "kidney transplant"),  # complications of a kidney transplant
    ("O904", "acute kidney injury"),  # postpartum acute kidney failure (O90.41, O90.49)
    ("R944", "impaired kidney function"),  # abnormal results of kidney function studies
    ("E1021", "diabetic nephropathy"),  # type 1 diabetes with diabetic nephropathy
    ("E1121", "diabetic nephropathy"),
    ("E1321", "diabetic nephropathy"),
    ("E1029", "diabetic kidney disease"),  # other diabetic kidney complication
    ("E1129", "diabetic kidney disease"),
    ("E1329", "diabetic kidney disease"),
    ("G700", "myasthenia gravis"),
    ("I44", "heart block"),
    ("I45", "conduction disorder"),
    ("I50", "heart failure"),
    ("I110", "heart failure"),
    ("I130", "heart failure"),
    ("I130", "chronic kidney disease"),  # hypertensive heart and CKD with HF, stage 1-4
    ("I132", "heart failure"),
    ("I132", "end-stage renal disease"),  # hypertensive heart and CKD with HF, stage 5 or ESRD
    ("O102", "chronic kidney disease"),  # pre-existing hypertensive CKD in pregnancy
    ("O103", "chronic kidney disease"),  # pre-existing hypertensive heart and CKD in pregnancy
    ("O2683", "chronic kidney disease"),  # pregnancy-related renal disease
    ("Z331", "pregnancy"),
    ("Z34", "pregnancy"),
    ("E8341", "hypermagnesemia"),
)
"""ICD-10 code prefix (dot removed) -> condition alias in the shipped rules."""

EGFR_LOINC = frozenset(
    {
        "33914-3",  # eGFR (MDRD), per 1.73 m2
        "48642-3",  # eGFR (MDRD) if non-Black
        "48643-1",  # eGFR (MDRD) if Black
        "50044-7",  # eGFR (MDRD) if female
        "50210-4",  # eGFR (cystatin C)
        "62238-1",  # eGFR (CKD-EPI)
        "69405-9",  # eGFR per 1.73 m2
        "70969-1",  # eGFR (MDRD) among males
        "50384-7",  # eGFR (Schwartz), children
        "77147-7",  # eGFR (MDRD), per 1.73 m2
        "88293-6",  # eGFR (CKD-EPI) if Black
        "88294-4",  # eGFR (CKD-EPI) if non-Black
        "94677-2",  # eGFR (CKD-EPI, creatinine and cystatin C)
        "98979-8",  # eGFR (CKD-EPI 2021), creatinine
        "98980-6",  # eGFR (CKD-EPI 2021), creatinine and cystatin C
    }
)
"""LOINC codes of an estimated GFR result in mL/min/1.73m2."""


def condition_terms(pairs: list[tuple[str, str]]) -> tuple[str, ...]:
    """The rules' condition aliases that a Condition's (system, code) pairs name, in order."""
    out: list[str] = []
    for system, code in pairs:
        if system == SNOMED and code in SNOMED_TERMS:
            out.append(SNOMED_TERMS[code])
        elif system in ICD10:
            compact = code.replace(".", "").upper()
            out.extend(term for prefix, term in ICD10_PREFIXES if compact.startswith(prefix))
            if compact[:1] == "O" and compact[1:3].isdigit() and int(compact[1:3]) <= 77:
                out.append("pregnancy")  # O00-O77: pregnancy, labour and delivery
    return tuple(dict.fromkeys(out))
