"""Dialysis access and heart rhythm devices as lists and records write them.

A line that names the access a dialysis runs through says the person is very likely on
dialysis, where the rules give no magnesium; a line that names a pacemaker or an implanted
defibrillator says the heart's conduction may be what it was fitted for, where the rules give
none either. Neither names the condition itself, so each is read as a wording that *may* name
it, and withholds until the person confirms with ``--condition`` (or says it is not so).

- Dialysis access (the vascular access terms of the NKF KDOQI Clinical Practice Guideline for
  Vascular Access: 2019 Update, Lok et al., Am J Kidney Dis 2020;75(4 Suppl 2):S1-S164, and
  the KDIGO 2012 CKD guideline's kidney replacement therapy): an arteriovenous fistula or graft
  (``AVF``, ``AV fistula``, ``arteriovenous fistula``, ``AV graft``, ``AVG``), a fistula named
  by its vessels (``brachiocephalic``, ``radiocephalic``, ``brachiobasilic``, ``RC``, ``BC``,
  ``BB``; ``Cimino``) or by its arm (``Fistula L arm``, ``L arm fistula``), a fistula's own
  care (``fistulogram``, ``fistuloplasty``, ``buttonhole`` needling), a dialysis catheter
  (``permcath``, ``Permacath``, ``Perma-cath``, ``perm cath``, ``vascath``, ``vas cath``,
  ``Tesio``, ``Quinton``, ``Niagara``, ``Palindrome``, ``HemoSplit``, ``DuraFlow``,
  ``Equistream``, ``GlidePath``, ``TDC``, ``Trialysis``, a tunnelled dialysis catheter;
  ``Tenckhoff`` (and its slips: ``Tenkhoff``, ``Tenckoff``, ``Tenchkoff``, ``Tenckhof``,
  ``Tenkoff``: ``ten``, one to four of c, k and h, ``of`` or ``off``; no English word is
  spelt so), ``PD catheter`` (or ``PD tube``), ``peritoneal catheter`` and a ``PD exit site``
  for peritoneal dialysis), and
  the precaution written for a fistula's arm (``No BP or bloods L arm (fistula)``). These
  withhold as dialysis.
- A tunnelled line of no stated use (``Tunnelled line``, ``Tunneled catheter R chest``) may be
  a dialysis catheter or a Hickman or Groshong line for feeding or chemotherapy: it withholds,
  saying so and to ask (our judgement); one whose use is said (``for TPN``, ``for chemo``,
  ``Hickman``) is not read as access. Nor is an AV fistula of another site (``Dural AV
  fistula``, ``Coronary AV fistula``: vascular anomalies).
- A bare ``Fistula``, an arm's precaution with no fistula named, whatever its word order
  (``no BP L arm``, ``Left arm - no BP/venepuncture``, ``Avoid L arm for BP``; the UK Kidney
  Association's vascular access guideline keeps a fistula's arm free of cuffs and needles), or
  a ``thrill`` or ``bruit`` at an arm (how a fistula is checked: KDOQI 2019) (also
  written after a breast operation, which is not read as access when it says so), may be
  dialysis access or something else: the safer
  reading withholds, saying so and to ask (our judgement). A fistula of another kind said
  outright (``anal``, ``perianal``, ``fistula-in-ano``, ``rectovaginal``, ``Crohn's``, and the
  others in :data:`_OTHER_FISTULA`) is not read as dialysis access.
- Heart rhythm devices are read by :mod:`magadvise.advice.device_words`.
"""

from __future__ import annotations

import re

_SIDE = r"(?:l|r|lt|rt|left|right|lft|rght)"
_ARM = rf"(?:{_SIDE}\s*)?(?:upper\s+|lower\s+|fore)?(?:arm|forearm|wrist|elbow|ue|thigh)"
_VESSELS = (
    r"brachio\s*-?\s*cephalic|radio\s*-?\s*cephalic|brachio\s*-?\s*basilic|cimino|rc|bc|bb"
    r"|rcf|bcf|bbf|bbt"
)
_ACCESS = (
    r"\b(?:av|a\s*-?\s*v|arteriovenous|arterio\s*-\s*venous|dialysis|haemodialysis|hemodialysis"
    rf"|hd|{_VESSELS})\s*-?\s*(?:fistula|fistulae|graft|loop\s+graft)\b"
    rf"|\bfistula\w*\s*(?:\(\s*)?(?:on\s+|in\s+)?(?:the\s+)?{_ARM}\b"
    rf"|\b{_ARM}\s*(?:\(\s*)?(?:av\s*)?fistula\b"
    r"|\bfistul(?:ogram|oplasty)\w*|\bbuttonhole\s+(?:cannulation|needling|technique)"
    r"|\b(?:perma?|vas)\s*-?\s*cath\b|\b(?:avf|perma?caths?|vascath|tesio|tdc)\b"
    r"|\b(?:quinton|niagara|palindrome|hemosplit|duraflow|equistream|glidepath)"
    r"\s+(?:catheter|cath|line)s?\b"
    r"|\btunn?ell?ed\s+(?:cuffed\s+)?(?:dialysis|haemodialysis|hemodialysis|hd)\s+"
    r"(?:cuffed\s+)?(?:line|catheter|cath|cvc)\b"
    r"|\bhero\s+graft\b|\bten[ckh]{1,4}of{1,2}\b|\btrialysis\b"
    r"|\b(?:pd|peritoneal(?:\s+dialysis)?)\s+(?:catheter|cath|tube)\b"
    r"|\b(?:pd|peritoneal(?:\s+dialysis)?)\s+(?:catheter\s+|cath\s+)?exit\s*-?\s*site\b"
    rf"|\bno\s+.{{0,40}}?\b{_ARM}\b.{{0,20}}\(?\s*(?:av\s*)?fistula"
)
_AVG_BESIDE = frozenset(
    """l r lt rt left right arm forearm upper lower thigh in situ insitu access dialysis patent
    working functioning""".split()  # noqa: SIM905
)
_CARE = (
    r"(?:bp|b\.p\.|blood\s+pressures?|bloods?|blood\s+tests?|venepuncture|venipuncture"
    r"|cannula\w*|cannulation|ivs?|needles?|phlebotomy|tourniquets?)\b"
)
_ARM_CARE = (
    rf"\b(?:no|avoid|nil)\s+{_CARE}.{{0,40}}?\b{_ARM}\b"  # "no BP L arm"
    rf"|\b{_ARM}\b.{{0,20}}?\b(?:no|nil)\s+{_CARE}"  # "Left arm - no BP"
    rf"|\bavoid\s+(?:the\s+|using\s+)?{_ARM}\b.{{0,20}}?\b{_CARE}"  # "Avoid L arm for BP"
)
_THRILL = rf"\b(?:thrill|bruit)\b.{{0,30}}?\b{_ARM}\b|\b{_ARM}\b.{{0,30}}?\b(?:thrill|bruit)\b"
"""A thrill or bruit felt or heard at an arm: how a working fistula is checked (KDOQI 2019)."""
_OTHER_FISTULA = (
    r"\b(?:anal|ano|perianal|peri\s*-?\s*anal|rectal|recto\w*|anorectal|vesico\w*|colo\w*"
    r"|entero\w*|gastro\w*|tracheo\w*|broncho\w*|oro\w*|dental|pilonidal|crohn\w*|ibd|seton"
    r"|fistulising|fistulizing|fistulotomy|fistulectomy|obstetric|biliary|pancreatic|perilymph\w*"
    r"|csf|dural|carotid|coronary|branchial|salivary|urethr\w*|vaginal|bowel)\b"
)
_TUNNELLED = (
    r"\btunn?ell?ed\s+(?:cuffed\s+)?(?:central\s+)?(?:venous\s+)?(?:line|catheter|cath|cvc)\b"
)
"""A tunnelled line of no stated use: a dialysis catheter, or one for feeding or chemotherapy."""
_OTHER_LINE = (
    r"\b(?:tpn|pn|hpn|parenteral|nutrition|feeding|chemo\w*|antibiotic\w*|abx|hickman"
    r"|groshong|picc|port|oncology|cancer|leukaemia|leukemia|myeloma|lymphoma)\b"
)
"""A tunnelled line's stated use or kind that is not dialysis (``Tunnelled line for TPN``)."""
_AV_ELSEWHERE = (
    r"\b(?:dural|coronary|carotid|cavernous|spinal|cerebral|intracranial|pulmonary|hepatic"
    r"|vertebral|pelvic|uterine)\b.{0,20}?(?:av|a\s*-?\s*v|arteriovenous)\s*-?\s*fistulae?\b"
)
"""An arteriovenous fistula of another site (a vascular anomaly, not dialysis access)."""
_BREAST = r"\b(?:lymph\w*|mastectom\w*|axilla\w*|breast|node\s+clearance)\b"
"""An arm kept from needles after a breast operation (``no BP L arm - lymphoedema``)."""
_FIRST = (
    "fistul|graft|cath|avg|avf|tun|tesio|tdc|quinton|niagara|palindrome|kof|hof|buttonhole"
    "|trialys|tube"
    "|exit|hemosplit|duraflow|equistream|glidepath"
)
"""Letters one of the access wordings holds: a text with none is read no further (most texts).
The patterns are strings, found by :mod:`re` in its cache (compiled once, on first use)."""
_CARE_FIRST = r"\b(?:no|avoid|nil)\b"
"""A precaution's first word, whole (not the "no" of "lisinopril"): few texts hold one."""
_ARM_FIRST = ("arm", "wrist", "elbow", "thigh", "ue")

ACCESS_WHY = (
    "it may name dialysis access (a fistula, graft or catheter for dialysis), so the person is "
    "very likely on dialysis: no dose is advised beside it"
)
FISTULA_WHY = (
    "a fistula, or an arm kept from blood pressures and needles, may be dialysis access (an "
    "arteriovenous fistula) or another kind (an anal fistula, an operation on the breast): "
    "the safer reading is dialysis (our judgement), so no dose is advised beside it; ask the "
    "clinician which it is"
)
LINE_WHY = (
    "a tunnelled line may be dialysis access (a dialysis catheter) or a line for feeding or "
    "chemotherapy (a Hickman or Groshong line): the safer reading is dialysis (our judgement), "
    "so no dose is advised beside it; ask the clinician which it is"
)
WHY = {"access": ACCESS_WHY, "fistula": FISTULA_WHY, "line": LINE_WHY}
"""What each reading of :func:`access_reading` says."""


def access_reading(text: str) -> str | None:
    """``"access"`` when ``text`` names dialysis access (see the module docstring),
    ``"fistula"`` when it names a fistula of no stated kind or an arm's precaution (may be
    access), ``"line"`` for a tunnelled line of no stated use (may be), None otherwise (a
    fistula of another kind: ``anal fistula``; a line for another use: ``for TPN``)."""
    low = text.casefold()
    if re.search(_FIRST, low):
        if "fistul" in low and re.search(_AV_ELSEWHERE, low):
            return None  # "Dural AV fistula": not dialysis access
        if re.search(_ACCESS, low):
            return "access"
        if "tun" in low and re.search(_TUNNELLED, low):
            return None if re.search(_OTHER_LINE, low) else "line"  # "Tunnelled line"
        words = re.findall(r"[a-z0-9]+", low)
        if "avg" in words and all(w == "avg" or w in _AVG_BESIDE for w in words):
            return "access"  # "AVG", "L arm AVG": an arteriovenous graft (not "avg BP 130")
        if "fistul" in low and not re.search(_OTHER_FISTULA, low):
            return "fistula"  # "Fistula": dialysis access or another kind
    if _arm_kept(low) and not re.search(_OTHER_FISTULA, low) and not re.search(_BREAST, low):
        return "fistula"  # "no BP L arm", "thrill L arm": a fistula's arm, or a breast operation
    return None


def _arm_kept(low: str) -> bool:
    """Whether ``low`` keeps an arm from blood pressures and needles (``no BP L arm``, ``Left
    arm - no BP/venepuncture``, ``Avoid L arm for BP``) or feels a thrill at it (``thrill
    present L arm``), as a fistula's arm is (UK Kidney Association vascular access guideline:
    vein preservation)."""
    if not any(w in low for w in _ARM_FIRST):
        return False
    if re.search(_CARE_FIRST, low) and re.search(_ARM_CARE, low):
        return True
    return ("thrill" in low or "bruit" in low) and re.search(_THRILL, low) is not None
