"""Words beside a baby's word that say the list is the baby's mother's, not the baby's.

A pregnant or breastfeeding woman's list speaks of her baby: ``Baby due 4/1/27``, ``Expecting
baby in April``, ``Pregnant with baby #2``, ``Baby blues``, ``Breastfeeding, baby 6 weeks``,
``Postpartum - baby 4 months``. The baby's word there says nothing of the person's age:

- :func:`unborn`: a baby not yet born, or the mother's own state (``baby due``, ``expecting``,
  ``pregnant``, ``trying for a baby``, ``baby blues``): the baby's word is not read as the
  person being a baby (:mod:`magadvise.advice.infant_words`); the pregnancy is read as it is.
- :func:`mothers_baby`: a feeding or after-birth word too (``breastfeeding``, ``lactating``,
  ``postpartum``, ``gave birth``, ``mum``): a baby's age in a part of the line (``baby 6
  weeks``) may be the person's or her baby's, not told apart. It is not read as the person's
  age (:mod:`.line_facts`), an age of 0 that ``--age`` could not undo; the line's baby word
  still withholds the dose until ``--age`` is given (:mod:`magadvise.advice.infant_words`),
  so a baby's list is never given an adult's dose and the mother's own age gives hers.
"""

from __future__ import annotations

import re

_UNBORN = (
    r"(?i)\bpreg\w*|\bexpect(?:ing|ed)\b|\bbaby\s+(?:is\s+)?due\b|\bdue\s+date\b|\bedd\b|\bedc\b"
    r"|\btrimester\b|\bgestation\w*|\bivf\b|\bttc\b|\btrying\s+for\b|\bconceiv\w*|\bbump\b"
    r"|\bbaby\s+blues\b|\bmiscarr\w*|\bstillbirth\b|\blost\s+(?:a\s+|the\s+|my\s+|our\s+)?baby\b"
)
_MOTHER = (
    r"(?i)\bbreast[\s-]?feed\w*|\bb/?f(?:ing)?\b|\blactat\w*|\bnursing\b|\bexpress(?:ing)?\b"
    r"|\bpost[\s-]?(?:partum|natal)\b|\bpp\b|\bgave\s+birth\b|\bc[\s-]?section\b|\bcaesarean\b"
    r"|\bcesarean\b|\bmum\b|\bmom\b|\bmother\b|\bmaternal\b|\bmaternity\b"
)


def unborn(text: str) -> bool:
    """Whether ``text`` speaks of a baby not yet born or of the mother's own state (see the
    module)."""
    return re.search(_UNBORN, text) is not None


def mothers_baby(text: str) -> bool:
    """Whether ``text`` speaks of a baby as its mother would (see the module)."""
    return unborn(text) or re.search(_MOTHER, text) is not None
