"""A roman disease stage that is also a route word: ``IV`` of ``CKD IV``, ``CKD-IV``,
``stage IV``, ``chronic kidney disease IV``.

``IV`` is read as into a vein wherever it stands, so ``Metformin - CKD IV`` made metformin an
injection and left ``CKD`` without its stage (kidney disease, not severe). After a word a stage
follows (``CKD``, ``stage``, ``disease``; a hyphen between, ``CKD-IV``) it is the stage: a word
of the name, read by the condition matcher (:mod:`magadvise.advice.condition_text`).
"""

from __future__ import annotations

from magadvise.names.lex import Token, phrase

_STAGED = frozenset({"ckd", "stage", "disease"})


def roman_stage(tokens: list[Token], i: int) -> bool:
    """Whether the route word at ``i`` is a roman stage (see the module)."""
    before = i - 2 if i > 1 and tokens[i - 1].value == "-" else i - 1
    return before >= 0 and tokens[before].value in _STAGED and phrase(tokens, i)[1] == "route"
