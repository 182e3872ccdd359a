"""Heart rhythm devices and AV node ablation as lists and records write them.

A line that names a pacemaker or an implanted defibrillator says the heart's conduction may be
what it was fitted for, where the rules give no magnesium; it does not name the condition
itself, so it is read as a wording that *may* name it, and withholds until the person confirms
with ``--condition`` (or says it is not so).

- Devices: ``Pacemaker`` (and as it is misspelt or spaced: ``Pace maker``, ``Pacmaker``,
  ``Peacemaker``, ``pacemker``; its first letter dropped or on a key beside it, ``Acemaker``,
  ``Oacemaker``: :mod:`magadvise.advice.word_start`; not ``l``, a ``Lacemaker`` makes lace),
  ``PPM``, a paced rhythm (``Paced``,
  ``Paced rhythm``, ``V-paced``, ``Biventricular pacing``, ``Pacing box``, ``PM: dual
  chamber``; never a ``self-paced`` course or ``paced breathing``, nor ``pace`` in another
  sense), ``PM in situ`` (``PM`` alone is a time of day, never a device),
  ``permanent``/``dual chamber``/``leadless``/``temporary`` pacemaker, ``Micra``,
  ``pacer``, a pacing wire, ``CRT-D``, ``CRT-P``, ``AICD``, ``Defibrillator``, ``Defib in situ``,
  ``implantable (cardioverter) defibrillator``, and ``ICD`` or ``CRT`` when the words beside it
  are a device's (``ICD in situ``, ``BiV ICD``, ``Biventricular ICD``, ``CRT device (2020)``),
  never an ICD code (``ICD-10 I10``) or a capillary refill time (``CRT < 2 sec``). A pacemaker
  is most often fitted for heart block or sinus node disease (the 2018 ACC/AHA/HRS bradycardia
  and conduction delay guideline, Kusumoto et al., Circulation 2019;140:e382-e482), cardiac
  resynchronisation paces both ventricles, and the UK SmPC of a licensed oral magnesium
  (Magnaspartate) contraindicates magnesium in disorders of cardiac conduction: reading a
  device as a conduction problem not read is our judgement, the safer reading.
- Not a heart device: ``ppm`` as parts per million (``Duraphat 5000 ppm toothpaste``, ``1450
  ppm fluoride``: a number before it, or a toothpaste, fluoride or mouthwash beside it; a year
  or date after it is a pacemaker's, ``PPM 2019``, ``PPM 15/03/2019``), and a
  stimulator of another organ (``Gastric pacemaker``, ``phrenic``/``diaphragm`` pacing, a
  ``sacral``/``bladder``/``vagal nerve``/``spinal cord`` stimulator).
- AV node ablation (``AV nodal ablation``, ``AVN ablation``, ``pace and ablate``): it leaves
  complete heart block by design, the person then paced (NICE NG196, Atrial fibrillation:
  diagnosis and management, 2021, 1.7 "pace and ablate"), so it withholds as conduction.
  ``post-ablation`` alone (most often of AF or flutter) is not read this way.
"""

from __future__ import annotations

import re

_DEVICE = (
    r"\b(?:(?:permanent\s+|dual\s*-?\s*chamber\s+|single\s*-?\s*chamber\s+|biventricular\s+"
    r"|biv\s+|leadless\s+|temporary\s+|temp\s+|cardiac\s+)?(?:pe?ace|pac|[o0]?ace)\s*-?\s*ma?ke?r\w*"
    r"|pacer|ppm|crt\s*-?\s*[dp]"
    r"|(?<!self-)(?<!self\s)paced(?!\s+breath)|pacing\s+(?:box|check|clinic)"
    r"|(?:biventricular|biv|bi\s*-?\s*v|cardiac|dual\s*-?\s*chamber|ventricular|atrial)\s+pacing"
    r"|pm\s*[:\-]?\s*(?:dual|single)\s*-?\s*chamber"
    r"|aicd|s\s*-?\s*icd|micra|(?:cardioverter\s*-?\s*)?defibrillator|defib"
    r"|(?:temporary\s+|temp\s+|transvenous\s+|epicardial\s+)?pacing\s+wires?"
    r"|pm\s+(?:in\s*-?\s*situ|insitu|fitted|implanted|inserted))\b"
)
_ABLATION = (
    r"\b(?:(?:av|a\s*-?\s*v|atrio\s*-?\s*ventricular)\s*-?\s*(?:nod(?:e|al)|junction(?:al)?)"
    r"|avn|avj|his\s+bundle)\s+ablation\b|\bpace\s*(?:and|&|\+|-)\s*ablate\b"
)
_SHORT = ("icd", "crt")
"""Letters that name a device only beside a device's words (:data:`_BESIDE`)."""
_BESIDE = frozenset(
    """icd crt in situ insitu fitted implanted inserted dual single chamber subcutaneous device
    devices has with pt patient since left right chest medtronic boston scientific abbott st jude
    biotronik defib defibrillator biv bi v biventricular cardioverter""".split()  # noqa: SIM905
)
_NOT_HEART = (
    r"\b(?:gastric|gastro\w*|phrenic|diaphragm\w*|sacral|bladder|vagal|vagus|hypoglossal"
    r"|occipital|spinal\s+cord|brain|bowel)\s+(?:nerve\s+)?(?:pacemaker\w*|pacer|pacing"
    r"|stimulat\w*)(?:\s+wires?)?"
)
"""A stimulator of another organ, removed before the text is read (``Gastric pacemaker``)."""
_PPM_UNIT = r"\d[\d,.]*\s*ppm\b"
_DENTAL = r"tooth|fluorid|mouth\s*-?\s*wash|mouth\s*rinse|dentifrice|duraphat"
"""Beside these ``ppm`` is parts per million (fluoride toothpaste), never a pacemaker."""

_FIRST = "pac|peac|acem|ppm|crt|icd|defib|micra|situ|ablat|chamber"
"""Letters one of the wordings holds: a text with none is read no further (most texts)."""

DEVICE_WHY = (
    "a pacemaker or implanted defibrillator is most often fitted for heart block or another "
    "heart conduction problem (our judgement: the safer reading), so no dose is advised beside "
    "it; ask the clinician why it was fitted"
)
ABLATION_WHY = (
    "an AV node ablation ('pace and ablate') leaves complete heart block by design (NICE "
    "NG196), a heart conduction problem, so no dose is advised beside it"
)

WHYS = (DEVICE_WHY, ABLATION_WHY)
"""What each reading of :func:`device_why` says."""


def device_why(text: str, line: str = "") -> str | None:
    """Why ``text`` withholds as conduction when it names a heart rhythm device
    (:data:`DEVICE_WHY`) or an AV node ablation (:data:`ABLATION_WHY`), None otherwise (see the
    module docstring). ``line`` is the whole line ``text`` was left over from, when it is part
    of one: its ``5000 ppm`` or toothpaste says the ``ppm`` left over is parts per million."""
    low = text.casefold()
    if not re.search(_FIRST, low):
        return None
    if re.search(_ABLATION, low):
        return ABLATION_WHY
    low = re.sub(_NOT_HEART, " ", re.sub(_PPM_UNIT, " ", low))
    line = line.casefold()  # each read apart: "ppm 2019" + "ppm 2019" holds no "2019 ppm"
    if any(re.search(_DENTAL, t) for t in (low, line)) or re.search(_PPM_UNIT, line):
        low = re.sub(r"\bppm\b", " ", low)
    if re.search(_DEVICE, low):
        return DEVICE_WHY
    words = re.findall(r"[a-z0-9]+", low)
    short = any(w in _SHORT for w in words)
    if short and all(w in _BESIDE or (len(w) == 4 and w[:2] in ("19", "20")) for w in words):
        return DEVICE_WHY
    return None


def per_million(text: str, line: str) -> bool:
    """Whether ``text``, left over from ``line``, is a device only by a ``ppm`` that the line
    says is parts per million (``ppm`` of ``1450 ppm fluoride``): not read as a device."""
    return "ppm" in text.casefold() and device_why(text) is not None and not device_why(text, line)


def heart_device(text: str) -> bool:
    """Whether ``text`` names a heart rhythm device or an AV node ablation (:func:`device_why`)."""
    return device_why(text) is not None
