"""The word tables of the near-miss check of a condition (:mod:`magadvise.advice.near_condition`).

The kidney screen's words, the words of the conditions' names too common to be near-missed
alone, the ordinary words that name a condition only in their phrase (``morning`` of morning
sickness) and the abbreviations one swap from a condition's that mean something else.
"""

from __future__ import annotations

KIDNEY_WORDS = {
    "kidney": "kidney-disease", "kidneys": "kidney-disease", "renal": "kidney-disease",
    "nephropathy": "kidney-disease", "nephritis": "kidney-disease",
    "nephrotic": "kidney-disease", "glomerulonephritis": "kidney-disease",
    "uremia": "kidney-disease", "uraemia": "kidney-disease", "proteinuria": "kidney-disease",
    "albuminuria": "kidney-disease", "ckd": "kidney-disease", "egfr": "kidney-disease",
    "crcl": "kidney-disease", "pkd": "kidney-disease", "crf": "kidney-disease",
    "arf": "kidney-disease", "esrd": "severe-kidney-disease", "eskd": "severe-kidney-disease",
    "esrf": "severe-kidney-disease", "dialysis": "dialysis", "hemodialysis": "dialysis",
    "haemodialysis": "dialysis", "capd": "dialysis", "ccpd": "dialysis",
}  # fmt: skip
"""Words of the kidney screen (:mod:`magadvise.advice.kidney_words`) and the condition each
points to, where the rules have it."""
COMMON = frozenset(
    """chronic disease stage severe moderate mild acute injury reduced impaired poor function
    impairment insufficiency failure transplant transplanted recipient diabetic diabetes
    mellitus hypertension induced below under less than creatinine clearance replacement therapy
    blood high magnesium toxicity overdose heart block first second third degree complete
    conduction disorder problem ocular generalized generalised crisis syndrome lambert eaton
    peritoneal hellp
    gravis expecting breast feeding nursing congestive cardiac ventricular left weak end low pre
    type baby grade""".split()  # noqa: SIM905
)
"""Words of the shipped conditions' names too common to be near-missed alone (``creatinine``:
``creatine`` is a supplement; ``gravis``: Graves' disease; ``peritoneal``: perineal; ``hellp``:
hello; ``grade``: a grade of any condition, ``Grade 2 reflux``), though a phrase may hold
them."""
PHRASE_ONLY = frozenset(
    """morning sickness miscarriage abortion automated intermittent nocturnal planned elective
    section dating booking anomaly scan week bloods appointment delayed booked cat category
    slow slowed delay lupus polycystic hereditary familial thin basement membrane lower segment
    """.split()  # noqa: SIM905
)
"""Ordinary words that name a condition only in their phrase: not near-missed alone (``Travel
sickness tablets``, ``every morningg`` are no pregnancy, nor ``Hx miscarriage 2019`` though
``Threatened miscarriage`` is one; ``Intermittent claudication`` and ``Nocturnal cramps`` no
dialysis; ``Dental appointment``, ``CT scan``, ``Planned surgery`` no pregnancy, though
``Midwife appointment`` and ``Planned C-section`` are; ``Hip replacement booked``, ``Cat 4
flea treatment``, ``Slow K``, ``Lupus``, ``Polycystic ovaries``, ``Familial hypercholesterolaemia``
are no pregnancy, heart block or kidney disease, though ``LSCS booked``, ``Cat 4 section``,
``Slow AV conduction``, ``Lupus nephritis``, ``Polycystic kidneys`` and ``Familial nephritis``
are), but a phrase of them
counts as written or with a word one edit off (``No morning sickness``, a negation not read;
``morning sicknes``). Words whose near misses alone are the
safer reading stay out of it, false alarms and all: ``delivery`` (``Planned delivery 39 weeks``,
``Expected date of delivery``), ``threatened`` (``Threatened m/c``), ``positive`` (``UPT
positive``), ``prolonged`` and ``interval`` (``Prolonged P-R interval``, a first-degree heart
block), ``estimated``, ``confinement``, ``antibody``, ``pressure``, ``symptomatic``."""
NOT_ALONE = COMMON | PHRASE_ONLY
"""The words of the conditions' names never near-missed alone."""
NOT_SWAPS = frozenset({"pad", "uip", "serd", "kai", "elms", "raf", "ecls"})
"""Abbreviations one swap from a condition's that mean something else (peripheral arterial
disease, usual interstitial pneumonia, an oestrogen receptor degrader, a name, a gene,
extracorporeal life support for ELCS)."""
