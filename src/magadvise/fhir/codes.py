"""Codes a FHIR record uses for the conditions the rules know, and for eGFR results.

Each code maps to a name the shipped rules list as a condition alias (``ckd stage 4``, ``heart
failure``), so the rules decide what it means, as for ``--condition``. Codes from the SNOMED CT
International Edition (concept ids, browser: https://browser.ihtsdotools.org) and its US
extension (the ``...1000119...`` CKD "due to" concepts, as listed in published CKD code lists,
e.g. the NHS CVD-COVID-UK CCU003 CKD list and the VSAC "Chronic kidney disease" value sets),
ICD-10 / ICD-10-CM (https://www.cms.gov/medicare/coding-billing/icd-10-codes; chapters N18 CKD,
N17 acute kidney injury, I12-I13 hypertensive kidney disease, E10-E13 .22 diabetic kidney
disease, D63.1 anaemia in CKD, G70.0 myasthenia gravis, G70.8 and G73.3 Lambert-Eaton and other
myasthenic syndromes (counted as myasthenia gravis: magnesium weakens neuromuscular transmission
in both, our judgement), I44-I45 conduction disorders, I50 heart failure, O00-O77 and Z32.01,
Z33.1, Z34, Z35, Z36, Z3A pregnancy, Z39.1 a lactating mother,
Q87.81 Alport syndrome, Z99.2, Z49 and Z91.15 dialysis, Z94.0 and T86.1 kidney
transplant, O90.4 postpartum acute kidney failure, R94.4 abnormal kidney function studies,
E10-E13 .21/.29 diabetic nephropathy and other diabetic kidney complications, E83.41
hypermagnesemia) and ICD-9-CM for legacy problem lists (584 acute kidney failure, 585.1-585.6
CKD stages and ESRD, 585.9, 586, 403-404 hypertensive kidney disease, V45.11 renal dialysis
status, V56 dialysis care, V42.0 kidney transplant, 426.0-426.1 AV block, 358.0 myasthenia
gravis, 428 heart failure, V24.1 a lactating mother; https://www.cms.gov/medicare/coding-billing/
icd-10-codes/icd-9-cm-diagnosis-procedure-codes-abbreviated-and-full-code-titles). eGFR LOINC
codes from LOINC (https://loinc.org; property ``VRat``, component "Glomerular filtration
rate/1.73 sq M.predicted").

Code systems are recognised however a record names them (:func:`code_system`): the FHIR URIs,
the HL7 OIDs (SNOMED CT ``2.16.840.1.113883.6.96``, ICD-10-CM ``.6.90``, ICD-10 ``.6.3``,
ICD-9-CM ``.6.103``), other URLs or names that say ICD-10 / ICD-9 / SNOMED, and a coding with
no system whose code has the ICD-10 shape (a letter, two digits: ``N18.4``); codes are read in
any case, with spaces and dots dropped.
"""

from __future__ import annotations

import re

SNOMED = "http://snomed.info/sct"
ICD10 = ("http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10")
_ICD10_SHAPE = re.compile(r"[A-Z][0-9][0-9A][0-9A-Z]{0,4}")  # Z3A: weeks of gestation
_OIDS = {
    "2.16.840.1.113883.6.96": "snomed", "2.16.840.1.113883.6.90": "icd10",
    "2.16.840.1.113883.6.3": "icd10", "2.16.840.1.113883.6.103": "icd9",
    "2.16.840.1.113883.6.2": "icd9",
}  # fmt: skip


def code_system(system: str, code: str) -> tuple[str, str] | None:
    """(``"snomed"``, ``"icd10"`` or ``"icd9"``, the code compacted: upper case, no dots or
    spaces) for a coding in one of those systems, however named (module docstring); else None."""
    compact = re.sub(r"[\s.]", "", code).upper()
    named = re.sub(r"[^a-z0-9.]", "", system.lower())
    if named.startswith("urnoid"):
        kind = _OIDS.get(named[6:])
    elif "snomed" in named:
        kind = "snomed"
    elif ("icd10" in named or "icd/release/10" in system.lower()) and "pcs" not in named:
        kind = "icd10"
    elif "icd9" in named:
        kind = "icd9"
    else:
        kind = "icd10" if not system.strip() and _ICD10_SHAPE.fullmatch(compact) else None
    return (kind, compact) if kind and compact else None


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
    "14669001": "acute kidney injury",  # acute kidney injury (acute renal failure syndrome)
    "429451001": "dialysis",  # dependence on renal dialysis
    "96701000119107": "ckd stage 5 on dialysis",  # hypertensive heart and CKD on dialysis
    "286371000119107": "esrd on dialysis",  # malignant hypertensive ESRD on dialysis
    "285841000119104": "end-stage renal disease",  # malignant hypertensive ESRD
    "714153000": "ckd stage 5",  # CKD stage 5 with transplant
    "236425005": "chronic kidney disease",  # chronic renal impairment
    "723190009": "chronic kidney disease",  # chronic renal insufficiency
    "127013003": "chronic kidney disease",  # disorder of kidney due to diabetes mellitus
    "236434000": "end-stage renal disease",  # ESRF untreated by renal replacement therapy
    "236435004": "esrd on dialysis",  # end stage renal failure on dialysis
    "236436003": "kidney transplant",  # end stage renal failure with renal transplant
    "195042002": "second-degree heart block",  # second degree atrioventricular block
    "54016002": "second-degree heart block",  # Mobitz type I (Wenckebach) AV block
    "426183003": "second-degree heart block",  # Mobitz type II AV block
    "96751000119106": "ckd stage 1",  # hypertensive heart and CKD stage 1 (US extension)
    "285851000119102": "ckd stage 1",  # malignant hypertensive CKD stage 1
    **dict.fromkeys(  # CKD stage 2 due to hypertension (US extension)
        ("96741000119109", "285861000119100", "129181000119109"), "ckd stage 2"),
    **dict.fromkeys(  # CKD stage 3 due to hypertension, diabetes, drugs (US extension)
        ("129171000119106", "731000119105", "90741000119107", "284991000119104",
         "368441000119102", "96731000119100", "285871000119106"), "ckd stage 3"),
    **dict.fromkeys(  # CKD stage 4 due to ...
        ("129151000119102", "721000119107", "90751000119109", "285001000119105",
         "368451000119100", "96721000119103", "285881000119109"), "ckd stage 4"),
    **dict.fromkeys(  # CKD stage 5 due to ...
        ("129161000119100", "711000119100", "90761000119106", "285011000119108",
         "368461000119103", "96711000119105", "153851000119106"), "ckd stage 5"),
}  # fmt: skip
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
    ("Z35", "pregnancy"),  # supervision of high-risk pregnancy (WHO ICD-10; O09 in ICD-10-CM)
    ("E8341", "hypermagnesemia"),
    ("D631", "chronic kidney disease"),  # anaemia in CKD
    ("G708", "myasthenia gravis"),  # Lambert-Eaton and other myasthenic syndromes
    ("G733", "myasthenia gravis"),  # myasthenic syndromes in other diseases
    ("Z3201", "pregnancy"),  # pregnancy test positive
    ("Z3A", "pregnancy"),  # weeks of gestation
    ("Z36", "pregnancy"),  # antenatal screening
    ("Z391", "breastfeeding"),  # care and examination of a lactating mother
    ("Q8781", "alport syndrome"),  # ICD-10-CM Q87.81 Alport syndrome
)
"""ICD-10 code prefix (dot removed) -> condition alias in the shipped rules."""

ICD10_CATEGORIES: dict[str, str] = {
    "N18": "chronic kidney disease",  # CKD, its stage not given: as "CKD" unstaged
    "I12": "chronic kidney disease",  # hypertensive CKD, its stage not given
    "I13": "chronic kidney disease",  # hypertensive heart and CKD, its stage not given
    "G70": "myasthenia gravis",  # myasthenia gravis and other myoneural disorders (WHO G70)
    "Z33": "pregnancy",  # pregnant state
}
"""A three-character ICD-10 category written without its subcode, read the safer way: kidney
disease of a stage not given, as ``--condition CKD`` (the rules' ``kidney-disease``: no
self-care dose); every G70 subcode (myasthenia gravis, toxic, congenital and other myoneural
disorders) is a disorder of the nerve-muscle junction, whose transmission magnesium weakens
(our judgement, as for G70.8); Z33 (pregnant state, ICD-10-CM) caps as a pregnancy. N17, N19,
I44, I45, I50, Z34-Z36 and Z3A are read by their prefixes (:data:`ICD10_PREFIXES`)."""

ICD9_PREFIXES: tuple[tuple[str, str], ...] = (
    ("5851", "ckd stage 1"),
    ("5852", "ckd stage 2"),
    ("5853", "ckd stage 3"),
    ("5854", "ckd stage 4"),
    ("5855", "ckd stage 5"),
    ("5856", "end-stage renal disease"),
    ("5859", "chronic kidney disease"),
    ("586", "renal failure"),
    ("584", "acute kidney injury"),
    ("403", "chronic kidney disease"),  # hypertensive chronic kidney disease
    ("404", "chronic kidney disease"),  # hypertensive heart and chronic kidney disease
    ("V4511", "dialysis"),  # renal dialysis status
    ("V56", "dialysis"),  # encounter for dialysis
    ("V420", "kidney transplant"),  # kidney replaced by transplant
    ("4260", "complete heart block"),  # atrioventricular block, complete
    ("4261", "av block"),  # 426.10-426.13: AV block unspecified, first degree, second degree
    ("3580", "myasthenia gravis"),  # 358.00-358.01
    ("428", "heart failure"),  # 428.0-428.9
    ("V241", "breastfeeding"),  # postpartum care and examination of a lactating mother
)
"""ICD-9-CM code prefix (dot removed) -> condition alias in the shipped rules."""

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
        found = code_system(system, code)
        kind, compact = found if found else ("", "")
        if kind == "snomed" and compact in SNOMED_TERMS:
            out.append(SNOMED_TERMS[compact])
        elif kind in ("icd10", "icd9"):
            table = ICD10_PREFIXES if kind == "icd10" else ICD9_PREFIXES
            out.extend(term for prefix, term in table if compact.startswith(prefix))
            out.extend([ICD10_CATEGORIES[compact]] if kind == "icd10" and compact in
                       ICD10_CATEGORIES else [])  # fmt: skip
            out.extend(["chronic kidney disease"] if kind == "icd9" and compact == "585" else [])
            if kind == "icd10" and compact[:1] == "O" and compact[1:3].isdigit():
                out.extend(["pregnancy"] if int(compact[1:3]) <= 77 else [])  # O00-O77
    return tuple(dict.fromkeys(out))
