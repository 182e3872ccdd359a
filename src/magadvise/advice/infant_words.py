"""Words of a list's line that say whoever takes the medicine is a baby or a young child.

A parent's list for a baby says so in words or by what is on it: ``Baby``, ``My baby``, ``Baby
boy``, ``Neonate``, and products given only to babies and young children. Read as nothing,
such a line was a medicine not assessed and an adult's dose was shown (exit 3). A child's upper
level for supplements depends on the age, and none is set under 1 year (IOM 1997): the line
withholds the dose until ``--age`` is given, as ``Calpol Infant`` does
(:func:`magadvise.advice.child_products.child_named`).

Products whose labels dose only babies or young children (read 2026-12-02; our judgement where
said):

- gripe water (Woodward's SmPC: wind in infants up to one year; "Adults & the Elderly: not
  applicable"); not ``gripe`` alone (Spanish for flu: ``para la gripe``);
- teething gels, drops and powders (Bonjela Teething, Anbesol Teething, Calgel, Baby Orajel,
  Nelsons Teetha, Ashton & Parsons): the word ``teething`` (adults' Bonjela, Anbesol, Orajel
  are not read as a child's);
- infant colic drops: Colief (lactase, "Colief Infant Drops", added to a baby's feed), Mylicon
  (simethicone "Infant Drops"); ``colic drops``, not ``colic`` alone (biliary, renal colic);
- infant formula: Similac, Enfamil, Aptamil, Cow & Gate, SMA (with a formula's word: ``SMA``
  alone is spinal muscular atrophy), Kendamil, HiPP (with a formula's word), Nutramigen,
  Alimentum, Neocate, and ``formula milk``, ``follow-on milk``, ``growing-up milk``; not the
  makers' prenatal products (Enfamil Expecta, Similac Prenatal, Kendamil Mummy);
- infant vitamin drops: Poly-Vi-Sol, Tri-Vi-Sol, D-Vi-Sol, Baby Ddrops, Abidec (its leaflet:
  babies and children up to 12 years, "not designed for adults"); not Dalivit, whose SmPC doses
  older children, adults and the elderly too;
- nappy or diaper rash cream (our judgement, the safer reading: an adult using a diaper cream
  for incontinence is asked for ``--age``); not Sudocrem, Bepanthen, Desitin or Metanium by
  name, which adults use too;
- Babyhaler (a spacer with a face mask for babies and young children; our judgement, no label
  read), Vicks BabyRub and Snufflebabe (babies' vapour rubs).

``Baby`` is not read as a baby's where the line is an adult's product named for babies: baby
aspirin in any spelling (``Baby aspirin 81mg``, ``baby ASA``, ``Bayer baby aspirin``, ``Baby
asprin 81``, ``Baby 81 mg``: adults' low-dose aspirin), and baby oil, shampoo, lotion, wipes,
powder, soap, wash or bath (toiletries adults use too: baby shampoo for eyelid hygiene in
blepharitis; our judgement), nor where the line speaks of a baby not yet born or of the
mother's own state (``Baby due 4/1/27``, ``Expecting baby in April``, ``Baby blues``:
:func:`magadvise.medlist.mother_words.unborn`).
"""

from __future__ import annotations

import re

_BABY = (
    r"\b(?:bab(?:y|ies)|neonates?|new[\s-]born|baby(?:haler|rub)|preemies?|premmies?"
    r"|prem\s+(?:baby|infant)|premature\s+(?:baby|infant)|ex[\s-]?prem)\b"
)
"""A baby's word (``Baby``, ``My baby``, ``Baby boy``, ``Neonate``; ``Newborn``, ``Infant`` and
``Toddler`` are read by :mod:`magadvise.advice.child_products`)."""
_ADULTS_BABY = (
    r"\b(?:as[a-z]?p[a-z]*|as[a-z]?r[a-z]*|aps[a-z]*|asa|a\.s\.a\.?|acetylsalicylic|bayer|ecotrin"
    r"|st\.?\s*joseph)\b|\b81\s*(?:mg\b|$)|\bbaby\s+(?:oil|shampoo|lotion|wipes?|powder|soap|wash"
    r"|bath)\b"
)
"""A product named for babies that adults use: baby aspirin (any spelling, its 81 mg), baby
oil, shampoo and the other toiletries."""
_INFANT_ONLY = (
    r"\bgripe\s*(?:water|mixture)\b|\bteeth?ing\b|\bteetha\b|\bcalgel\b|\bashton\s*(?:&|and)\s*parsons"
    r"|\bcolief\b|\bmylicon\b|\bcolic\s+(?:drops|calm)\b|\bsnufflebabe\b"
    r"|\b(?:similac|enfamil)\b(?!.*\b(?:prenatal|expecta|mom|mum|mummy|maternal)\b)"
    r"|\bkendamil\b(?!.*\b(?:mummy|mum|mom|maternal)\b)|\baptamil\b|\bcow\s*(?:&|and|n)\s*gate\b"
    r"|\b(?:sma|hipp)\s+(?:pro|gold|first|follow|little|wysoy|staydown|comfort|lf|lactose|anti"
    r"|advanced|alfamino|althera|organic|combiotic|infant|formula|milk|growing|toddler)"
    r"|\bnutramigen\b|\balimentum\b|\bneocate\b|\bformula\s+milk\b|\bfollow[\s-]?on\s+(?:milk|formula)"
    r"|\bgrowing[\s-]?up\s+milk\b|\b(?:poly|tri|d)[\s-]?vi[\s-]?sol\b|\babidec\b"
    r"|\bnapp(?:y|ies)\b|\bdiaper\s+(?:rash|cream|ointment|balm|paste)\b"
)
"""Products given only to babies and young children (see the module)."""


def says_infant(text: str) -> bool:
    """True when ``text`` says whoever takes the medicine is a baby or a young child: a baby's
    word (not in an adult's product named for babies) or a product given only to babies and
    young children (see the module)."""
    if re.search(_INFANT_ONLY, text, re.IGNORECASE):
        return True
    if not re.search(_BABY, text, re.IGNORECASE) or re.search(_ADULTS_BABY, text, re.IGNORECASE):
        return False
    from magadvise.medlist.mother_words import unborn  # "Baby due 4/1/27", "Baby blues"

    return not unborn(text)
