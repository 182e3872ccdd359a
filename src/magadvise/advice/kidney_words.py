"""Kidney, dialysis and magnesium words: the one word test behind every screen of text not read.

A record's entry not read (:mod:`magadvise.fhir.screen`), a record's free text
(:mod:`magadvise.advice.record_said`) and a typed list's line
(:mod:`magadvise.advice.line_reading`) withhold the dose when their words look kidney-,
dialysis- or magnesium-related, since magnesium builds up when the kidneys clear it less well
(the rules' kidney conditions). The words are matched at the start of a word, any case, accents
dropped ("rénale" is "renale"); dialysis and magnesium inside a word too ("intradialytic",
"Hämodialyse", "diálisis", "hipermagnesemia"); dialysis access written out ("AV fistula",
"arteriovenous graft", "Fistula L arm": :mod:`magadvise.advice.access_words`). Each caller says
whether magnesium words count (a list's magnesium product is read on its own) and which words
mean something else where it reads (on a list ``mg`` is milligrams, ``urea`` a cream, ``bun`` a
bun).
"""

from __future__ import annotations

import re

WORD_STARTS = (
    "kidney", "renal", "nephr", "dialy", "haemodialy", "hemodialy", "glomerul", "uremi",
    "uraemi", "creatinin", "cystatin", "magnes", "hypermagnes", "hypomagnes", "azot", "ckd",
    "alport", "goodpasture", "haemodiafilt", "hemodiafilt", "haemofilt", "hemofilt",
)  # fmt: skip
"""Word starts; ``alport``: Alport syndrome, a hereditary nephritis (``Alport's``);
``goodpasture``: Goodpasture syndrome, anti-glomerular basement membrane disease (the safer
reading, our judgement: not every case reaches the kidneys); haemodiafiltration and
haemofiltration: forms of kidney replacement therapy (dialysis). No other word starts so."""
WORDS = frozenset(
    {"ckd", "esrd", "eskd", "aki", "arf", "crf", "egfr", "gfr", "crcl", "clcr", "hd", "capd",
     "ccpd", "nipd", "bun", "urea", "mg", "mg2", "mg++", "anuria", "oliguria", "avf", "tenckhoff",
     "permcath", "vascath", "albuminuria", "microalbuminuria", "macroalbuminuria", "proteinuria",
     "uacr", "acr", "hyperphosphataemia", "hyperphosphatemia", "esrf", "apd", "pd", "pkd",
     "adpkd", "cri", "rrt", "crrt", "cvvh", "cvvhd", "cvvhdf", "hdf", "dkd", "igan", "ipd",
     "hhd", "hemo", "haemo", "krt", "cycler", "homechoice", "hivan", "fsgs", "apkd", "arpkd",
     "pckd", "mcd", "mgn", "mpgn", "rpgn", "c3gn", "akd", "atn", "gn", "erf"}
)  # fmt: skip
"""Kidney diseases as nephrology letters shorten them too: HIV-associated nephropathy, focal
segmental glomerulosclerosis, adult (or autosomal, dominant or recessive) polycystic kidney
disease, minimal change disease, membranous, membranoproliferative, rapidly progressive and C3
glomerulonephritis, acute kidney disease, acute tubular necrosis; ``GN`` (glomerulonephritis:
on a list or a problem list its usual sense, though a microbiologist's Gram-negative too) and
``ERF`` (established renal failure, the UK Kidney Association's term for CKD stage 5: the
safer reading; neither is a medicine's name or an English word). Other short ones (``LN``,
``CIN``, ``AIN``, ``TIN``) are left out, being words or other conditions' letters (tin,
cervical intraepithelial neoplasia)."""
MAGNESIUM_WORDS = frozenset({"mg", "mg2", "mg++"})
"""Words of :data:`WORDS` that name magnesium (left out when magnesium is read elsewhere)."""
_STARTS_NO_MAGNESIUM = tuple(s for s in WORD_STARTS if "magnes" not in s)
_WORD = r"[a-z0-9+]+"


def folded(text: str) -> str:
    """Lower case without accents ("Insuffisance rénale" -> "insuffisance renale")."""
    if text.isascii():
        return text.lower()
    import unicodedata  # only for text that is not ASCII

    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words_of(text: str) -> list[str]:
    """The words of ``text`` as the test reads them: folded, letters, digits and ``+``; a count
    glued to a word is apart from it (``HDx3/wk`` is ``hd x3 wk``)."""
    plain = folded(text)
    if "x" in plain:
        plain = re.sub(r"(?<=[a-z])(?=x\d)", " ", plain)
    return re.findall(_WORD, plain)


def kidney_word(word: str, magnesium: bool = True, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether one folded word is a kidney or dialysis word (or, with ``magnesium``, a magnesium
    word); words in ``ignore`` never are."""
    if word in ignore:
        return False
    if magnesium:
        return word in WORDS or word.startswith(WORD_STARTS) or _dialysis(word) or "magnes" in word
    return (
        (word in WORDS and word not in MAGNESIUM_WORDS)
        or word.startswith(_STARTS_NO_MAGNESIUM)
        or _dialysis(word)
    )


def _dialysis(word: str) -> bool:
    """Dialysis inside a word, in English and the Romance languages ("intradialytic",
    "hemodialysis", "diálisis", "diálise", "dialisi")."""
    return "dialy" in word or "dialis" in word


def looks_kidney(text: str, magnesium: bool = True, ignore: frozenset[str] = frozenset()) -> bool:
    """Whether ``text`` has a kidney or dialysis word (see :func:`kidney_word`), a kidney
    phrase (:func:`kidney_phrase`) or names dialysis access ("AV fistula")."""
    if any(kidney_word(w, magnesium, ignore) for w in words_of(text)):
        return True
    return kidney_phrase(text) or dialysis_access(text)


def kidney_phrase(text: str) -> bool:
    """Whether ``text`` names a kidney disease in a phrase with no kidney word (``Minimal change
    disease``) or by a kidney word whose first letter slipped, which the next word says
    (``Tenal failure``, ``Lidney disease``: :func:`magadvise.advice.word_start.start_slips`)."""
    low = folded(text)
    if not re.search(r"idney|nal|minimal|gbm|berger|clearance", low):
        return False
    from magadvise.advice.word_start import start_slips

    then = r"\s*-?\s*(?:failure|disease|impairment|insufficiency|injury|transplant\w*)\b"
    slips = rf"\b(?:{start_slips('renal')}|{start_slips('kidney')}){then}"
    named = _NAMED.search(low) is not None  # "Anti-GBM disease", "Berger's disease"
    return (
        named
        or re.search(rf"{slips}|\bminimal\s*-?\s*change\s+(?:disease|nephro\w*)", low) is not None
    )


_NAMED = re.compile(
    r"\banti\s*-?\s*gbm\b|\bberger(?:['’]?s)?\s+(?:disease|nephropathy|syndrome)\b"
    r"|\blow\s*-?\s*clearance\s+(?:clinic|service|team|nurse)\b"
)
"""Kidney diseases named with no kidney word: anti-glomerular basement membrane (anti-GBM)
disease, Goodpasture's (the safer reading, as ``goodpasture``); Berger's disease, IgA
nephropathy's eponym (Berger and Hinglais 1968; Wyatt and Julian, N Engl J Med
2013;368:2402-14; not Buerger's disease, thromboangiitis obliterans); a low clearance clinic,
the UK's clinic for advanced kidney disease before dialysis (CKD stages 4-5; UK Kidney
Association). ``GBM`` alone is left out: glioblastoma multiforme on a list."""


def dialysis_access(text: str) -> bool:
    """Whether ``text`` names dialysis access written out or may ("AV fistula", "arteriovenous
    graft", "Fistula L arm", "no BP L arm", a bare "Fistula"; not "Anal fistula"), as
    :func:`magadvise.advice.access_words.access_reading` reads it."""
    from magadvise.advice.access_words import access_reading

    return access_reading(folded(text)) is not None
