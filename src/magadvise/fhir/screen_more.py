"""The safety net's words for the rules' other conditions that stop or cap a dose.

:mod:`magadvise.fhir.screen` screens an entry not read for kidney, dialysis and magnesium words;
the shipped rules also withhold the dose in heart block, myasthenia gravis and heart failure, and
cap it in pregnancy and breastfeeding (``conditions`` in ``data/rules.yaml``). An entry not read
whose text or code may name one of these ("Left bundle branch block", "No heart block",
"Lambert-Eaton", "NYHA class III", "Pregnancy status", ICD-10 ``I45.10``) withholds the dose
too: the condition matcher could not tell what it says, and a dose printed beside it could be
one the rules would not give. Negations are screened as the kidney words are ("No heart block"
withholds: "no" is not read, and turning it into "no disease" risks a false all-clear); family
history is read apart (:mod:`magadvise.fhir.family`) and never reaches the screen.

Words (any case; phrases allow a hyphen or space between their words):

- heart block: ``heart``/``AV``/``atrioventricular``/``sinoatrial``/``bundle branch``/
  ``(bi|tri)fascicular``/``degree`` + ``block``, heart block or AV block run together or
  misspelled (``Heartblock``, ``Hart blok``, ``AVblock``, ``Complete AVblok``), heart
  with its first letter dropped or on a key beside it (``Geart block``, ``Eart block``:
  :func:`magadvise.advice.word_start.start_slips`; so too heart failure),
  ``degree``/``complete`` + ``HB``,
  ``hemiblock``, Mobitz, Wenckebach, CHB, AVB, LBBB, RBBB, LAFB, LPFB, a long or prolonged PR
  (first-degree AV block, :mod:`magadvise.advice.condition_spellings`), sick sinus (SSS), sinus
  (or SA) node (SND), tachy-brady, a heart conduction disorder, AV (or A-V, atrioventricular)
  conduction or delay (``Slow AV conduction``, ``First degree AV delay``), bradycardia (the UK
  SmPC of a licensed oral magnesium contraindicates it in "disorders of cardiac conduction
  (bradycardia)": the rules' ``heart-block`` basis), ``Brady`` as clinicians shorten it (not
  after a title: ``Dr Brady`` is a name), AV dissociation (the atria and ventricles beating
  apart, as in complete heart block; our judgement, the safer reading); a pacemaker or
  implanted defibrillator (``PPM``, ``CRT-D``, ``ICD in situ``;
  :mod:`magadvise.advice.device_words`: our judgement, the safer reading);
- myasthenia: myasthen-, Lambert-Eaton (or Eaton-Lambert), LEMS, gMG, oMG, MGFA (its clinical
  class), MG crisis, AChR and MuSK (its antibodies);
- heart failure: heart, cardiac or ventricular failure (spaced, hyphenated or run together:
  ``Heartfailure``), weak heart, HF, HFrEF/HFpEF/HFmrEF/
  HFimpEF, CHF, CCF, LVF, RVF, LVSD, NYHA, cardiomyopathy, an ejection fraction (``LVEF``,
  ``EF 30%``, a range ``EF 20-25%`` or a bound ``EF <35%``: measured because the heart's
  pumping is in question; ``Reduced EF``), the left ventricle's systolic dysfunction or
  impairment however an echo report grades it (``LV systolic dysfunction``, ``Mod LV
  dysfunction``, ``Impaired LV function``, ``Severe LV impairment``), the cardiomyopathies'
  letters (DCM dilated, HCM and HOCM hypertrophic), cardiac amyloidosis (``ATTR-CM``) and
  Takotsubo: cardiomyopathies, which may cause heart failure (ESC 2023 cardiomyopathy
  guideline, Arbelo et al., Eur Heart J 2023;44:3503-3626), screened as ``Cardiomyopathy`` is
  (our judgement, the safer reading). Diastolic dysfunction alone is not screened: an echo
  finding common with age, not heart failure by itself;
- pregnancy: pregnan-, gestation-, gravid-, antenatal, obstetric-, trimester, (pre-)eclampsia,
  (pre-)eclamptic, toxaemia, PIH, hyperemesis, IUP, GDM, HELLP, expecting a baby, preg, EDD,
  EDC, preterm labour, ELCS, a caesarean (LSCS: lower segment caesarean section) elective,
  category 4, booked, scheduled or planned (``Elective section``, ``CS booked``, ``Booked for
  CS``, ``Scheduled C-section``, ``LSCS planned``; not a bare caesarean or LSCS: a past one is
  common) (not a bare PET: it may be a scan), ``Expecting`` ending the text (not ``Expecting
  results``), a mum-to-be, placenta praevia (previa), accreta, increta or percreta and a
  low-lying placenta (found only in pregnancy), ICP (intrahepatic cholestasis of pregnancy,
  RCOG Green-top Guideline No. 43, 2022) unless raised, high, elevated, increased or
  intracranial before it or monitoring, a bolt or a probe after it say it is the intracranial
  pressure (``Raised ICP``); a bare ``ICP`` (``Acetazolamide for ICP``) may be either, and is
  counted as a pregnancy, whose cap (350 mg/day) is the IOM upper level for any adult, so
  never the less safe reading (our judgement), and
  ``28/40`` (``N/40``, ``N/52``)
  unless the text says it is a visual acuity (visual, vision, acuity, VA, Snellen, eye,
  OD/OS/OU);
- breastfeeding: breastfeeding/breastfed (spaced or hyphenated), lactation, lactating, a
  nursing mother or infant, expressing or pumping (breast) milk, EBM (expressed breast milk)
  (not "nursing" alone: nursing
  homes and notes are common).

Codes: ICD-10 ``I44``-``I45``, ``I49.5``, ``R00.1`` (conduction disorders, sick sinus,
bradycardia), ``Z95.0``, ``Z95.810``, ``Z45.01``, ``Z45.02`` (a pacemaker or implanted
defibrillator present or managed: a device, read as above); ``G70``, ``G73.1``, ``G73.3``
(myasthenia and myasthenic syndromes); ``I50``, ``I11.0``, ``I13.0``, ``I13.2``, ``I42``-``I43``
(heart failure, cardiomyopathy); ``O`` (the pregnancy chapter), ``Z32.01``, ``Z33``-``Z36``,
``Z3A``; ``Z39.1`` (care of a lactating mother); ICD-9-CM ``426`` (conduction disorders),
``V45.01``, ``V45.02``, ``V53.31``, ``V53.32`` (a pacemaker or defibrillator present or
fitted), ``358.0`` (myasthenia gravis), ``428`` (heart failure), ``425`` (cardiomyopathy),
``402.01``, ``402.11``, ``402.91`` (hypertensive heart disease with heart failure),
``404.x1`` and ``404.x3`` (hypertensive heart and chronic kidney disease with heart failure),
``630``-``679`` and ``V22``-``V23`` (pregnancy), ``V24.1`` (a lactating mother)
(https://www.cms.gov/medicare/coding-billing/icd-10-codes); SNOMED CT ``441509002`` (cardiac
pacemaker in situ).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from magadvise.advice.word_start import start_slips

_J = r"\s?-?\s?"  # a hyphen or a space (or neither) between the words of a phrase
_VENTRICLE = r"(?:lv|left\s+ventricular|left\s+ventricle|biventricular)"
"""The left (or both) ventricle(s), whose pumping an echo report grades."""
_WORDS: dict[str, re.Pattern[str]] = {
    "heart-block": re.compile(
        rf"\b(?:(?:heart|cardiac|av|a{_J}v|atrio{_J}ventricular|(?:sino{_J}atrial|sa|s-a)(?:\s+exit)?"
        rf"|bundle{_J}branch|(?:bi|tri)?fascicular|degree|mobitz(?:\s+type)?\s+(?:i+|[12]))"
        rf"\s+block|hart{_J}blo(?:c|k|ck)s?|heartblo(?:c|k)s?|a{_J}v{_J}blo(?:c|k|ck)s?"
        r"|(?:degree|complete)\s+hb|hemiblock|mobitz|wenckebach|chb|[123]?avb|lbbb|rbbb|bbb"
        r"|lafb|lahb|lpfb|lphb"
        r"|(?:prolonged|long)\s+pr\b|pr\s+prolong\w*"
        rf"|sick\s+sinus|sss|snd|(?:sinus|sino{_J}atrial|sa)\s+node|tachy{_J}brady\w*"
        rf"|{start_slips('heart')}{_J}block"
        rf"|(?:av|a{_J}v|atrio{_J}ventricular)(?:\s+nodal)?\s+(?:conduction|delay)"
        r"|(?:heart|cardiac)\s+conduction|conduction\s+(?:disorder|defect|delay"
        r"|disease|problem|abnormality)\w*|bradycardi\w*|bradyarrhythmi\w*"
        rf"|(?:av|a{_J}v|atrio{_J}ventricular)\s+dissociation"
        r"|(?<!dr\s)(?<!dr\.\s)(?<!mr\s)(?<!mrs\s)(?<!ms\s)(?<!miss\s)(?<!prof\s)brady)\b"
    ),
    "myasthenia-gravis": re.compile(
        rf"\b(?:myasthen\w*|lambert{_J}eaton|eaton{_J}lambert|lems|gmg|omg|mgfa|mg\s+crisis"
        r"|achr|musk)\b"
    ),
    "heart-failure": re.compile(
        rf"\b(?:(?:{start_slips('heart')}|cardiac|ventricular|lv|rv|biventricular){_J}failure"
        r"|weak\s+heart"
        r"|failing\s+heart|hf|hf\w{0,4}ef|chf|ccf|lvf|rvf|lvsd|nyha|cardiomyopath\w*"
        r"|(?:reduced\s+)?ejection\s+fraction|lvef|(?:lv\s?)?ef\s*[:=]?\s*\d{1,2}\s*%)"
        rf"|\b(?:{_VENTRICLE}\s+(?:systolic\s+)?(?:dysfunction|impairment)"
        rf"|(?:impaired|poor|reduced|weak)\s+{_VENTRICLE}\s+(?:systolic\s+)?function"
        rf"|{_VENTRICLE}\s+(?:systolic\s+)?function\s+(?:impaired|poor|reduced)"
        rf"|reduced\s+ef|dcm|hcm|hocm|cardiac{_J}amyloid\w*|attr{_J}cm|takotsubo)\b"
        r"|\b(?:lv\s?)?ef\s*[:=]?\s*\d{1,2}\s*(?:-|to)\s*\d{1,2}\s*%"  # "EF 20-25%"
        r"|\b(?:lv\s?)?ef\s*:?\s*(?:<|less\s+than|below)\s*\d{1,2}\b"  # "EF <35%"
    ),
    "pregnancy": re.compile(
        rf"\b(?:pregnan\w*|gestation\w*|(?:primi|multi)?gravid\w*|ante{_J}natal|obstetric\w*"
        r"|trimester|(?:pre-?)?eclam(?:ps|pt)\w*|toxa?emia|pih|hyperemesis|iup|gdm|hellp"
        r"|expecting\s+a\s+baby|preg|edd|edc|preterm\s+labou?r|elcs"
        r"|expecting(?:\s+(?:a\s+)?(?:baby|twins|triplets))?(?=[\s.!]*$)"  # "Expecting"
        rf"|(?:mum|mom|mother|mummy|mommy){_J}to{_J}be"
        r"|placenta\w*\s+(?:pra?evia|accreta|increta|percreta)|(?:low{_J}lying|praevia)\s+placenta"
        r"|(?<!raised\s)(?<!high\s)(?<!elevated\s)(?<!increased\s)(?<!intracranial\s)"
        r"icp(?!\s*(?:monitor|bolt|probe|wave|of\s+\d))"
        rf"|(?:planned|elective|el|booked|scheduled|cat(?:egory)?{_J}4)(?:\s+for)?\s+"
        rf"(?:lower\s+segment\s+)?(?:c{_J}section|caesarean|cesarean|lscs|section|cs)"
        r"|(?:c\s?-?\s?section|caesarean|cesarean|lscs|section|cs)\s+"
        r"(?:booked|planned|scheduled))\b"
    ),
    "breastfeeding": re.compile(
        rf"\b(?:breast{_J}fe(?:e)?d\w*|lactation|lactating|nursing\s+(?:mother|infant|baby)"
        r"|(?:express|pump)(?:ing|ed|s)?\s+(?:breast\s?)?milk|ebm)\b"
    ),
}
_ICD10: dict[str, tuple[str, ...]] = {
    "heart-block": ("I44", "I45", "I495", "R001", "Z950", "Z95810", "Z4501", "Z4502"),
    "myasthenia-gravis": ("G70", "G731", "G733"),
    "heart-failure": ("I50", "I110", "I130", "I132", "I42", "I43"),
    "pregnancy": ("O", "Z3201", "Z33", "Z34", "Z35", "Z36", "Z3A"),
    "breastfeeding": ("Z391",),
}
_HEART_AND_KIDNEY = ("40401", "40403", "40411", "40413", "40491", "40493")
"""ICD-9-CM hypertensive heart and chronic kidney disease *with heart failure* (404.x1, 404.x3);
the kidney screen reads every 404 first (:mod:`magadvise.fhir.screen`)."""
_ICD9: dict[str, tuple[str, ...]] = {
    "heart-block": ("426", "V4501", "V4502", "V5331", "V5332"),
    "myasthenia-gravis": ("3580",),
    "heart-failure": ("428", "425", "40201", "40211", "40291", *_HEART_AND_KIDNEY),
    "pregnancy": ("V22", "V23", *(str(n) for n in range(630, 680))),
    "breastfeeding": ("V241",),
}
_SNOMED: dict[str, frozenset[str]] = {
    "heart-block": frozenset({"441509002"}),  # cardiac pacemaker in situ
}
LABELS = {
    "dialysis": "dialysis (its access: a fistula, graft or catheter)",
    "heart-block": "heart block or another heart conduction problem",
    "myasthenia-gravis": "myasthenia gravis or a myasthenic syndrome",
    "heart-failure": "heart failure",
    "pregnancy": "a pregnancy",
    "breastfeeding": "breastfeeding",
}
"""What an entry each condition's words screen may name, for messages."""


VISION = re.compile(r"\b(?:visual|vision|acuity|va|snellen|eyes?|od|os|ou|corrected)\b")


def worded_condition(text: str) -> str | None:
    """The rules condition id whose words (not codes, devices or weeks) ``text`` shows, the
    first in the screen's order; None for none."""
    lowered = text.lower()
    return next((c for c, pattern in _WORDS.items() if pattern.search(lowered)), None)


def looks_like_condition(texts: Iterable[str], codes: Iterable[tuple[str, str]]) -> str | None:
    """The rules condition id (``heart-block``, ``myasthenia-gravis``, ``heart-failure``,
    ``pregnancy``, ``breastfeeding``) whose words or codes a text or ``(system, code)`` pair
    shows (see the module docstring), the first in that order; None for none."""
    from magadvise.advice.condition_text import WEEKS_OF_40
    from magadvise.advice.device_words import heart_device

    lowered = [text.lower() for text in texts]
    for condition, pattern in _WORDS.items():
        if any(pattern.search(text) for text in lowered):
            return condition
        if condition == "heart-block" and any(heart_device(text) for text in lowered):
            return condition  # "Pacemaker", "ICD in situ": fitted for a conduction problem
    if any(WEEKS_OF_40.search(t) and not VISION.search(t) for t in lowered):
        return "pregnancy"  # "28/40" alone: weeks of a pregnancy, unless a visual acuity
    from magadvise.fhir.codes import code_system

    for system, code in codes:
        kind, compact = code_system(system, code) or ("", "")
        table = _ICD10 if kind == "icd10" else _ICD9 if kind == "icd9" else {}
        for condition, starts in table.items():
            if compact.startswith(starts):
                return condition
        for condition, concepts in _SNOMED.items():
            if kind == "snomed" and compact in concepts:
                return condition
    return None
