"""What a product's full name says of it besides the medicine: sugar free, CFC free, a flavour.

UK GP systems print each medicine by its dm+d name (``Laxido Orange oral powder sachets sugar
free``, ``Salbutamol 100micrograms/dose inhaler CFC free``, ``Gaviscon Advance oral suspension
aniseed``); read as words of the name, these made the whole line NOT ASSESSED, and ``CFC free``
was even taken for a misspelt condition (``CCF``, heart failure). :func:`read` reads them as a
note on the product, kept in the directions as written.

A flavour is read only beside a dose form (``Laxido Orange oral powder``, ``chewable tablets
lemon``, ``oral suspension aniseed``), before ``flavour``, or as the last word (``Movicol
Plain``), never as a name's first word; and the text as typed is looked up before any reading
of it, so a brand that holds one (``Emergen-C Super Orange``, ``Rennie Peppermint``, ``Natural
Calm``) is still found whole.
"""

from __future__ import annotations

from magadvise.names.lex import Token, phrase

Reading = tuple[int, list[tuple[str, str]]]

_FREE = frozenset(
    {"sugar", "cfc", "gluten", "lactose", "alcohol", "preservative", "colour", "color", "dye"}
)
"""Words before ``free`` (``sugar free``, ``sugar-free``)."""
_FLAVOURS = frozenset(
    """orange lemon lime aniseed peppermint spearmint mint strawberry raspberry blackcurrant
    cherry tropical banana vanilla chocolate plain unflavoured unflavored""".split()  # noqa: SIM905
)
_UNFLAVOURED = frozenset({"plain", "unflavoured", "unflavored"})
_FLAVOUR_WORDS = frozenset({"flavour", "flavor", "flavoured", "flavored"})


def read(tokens: list[Token], i: int) -> Reading | None:
    """A descriptor at ``tokens[i]`` (see the module): the tokens it uses, as an instruction."""
    value = tokens[i].value
    if value in _FREE:
        j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].value == "-")
        if j < len(tokens) and tokens[j].value == "free":
            return j + 1 - i, [("instruction", f"{value} free")]
        return None
    if value not in _FLAVOURS or not i or tokens[i - 1].kind != "word":
        return None
    j = i + 1
    said = [value]
    if j + 1 < len(tokens) and tokens[j].value in ("and", "&") and tokens[j + 1].value in _FLAVOURS:
        said.append(tokens[j + 1].value)  # "lemon and lime"
        j += 2
    named = j < len(tokens) and tokens[j].value in _FLAVOUR_WORDS
    last = j == len(tokens)  # "Milk of Magnesia Mint": the name as typed is looked up first
    beside = _form_ends_at(tokens, i) or (j < len(tokens) and phrase(tokens, j)[1] == "form")
    if not (named or last or beside):
        return None
    flavour = "unflavoured" if value in _UNFLAVOURED else " and ".join(said) + " flavour"
    return j + named - i, [("instruction", flavour)]


def _form_ends_at(tokens: list[Token], i: int) -> bool:
    """Whether a dose form's words end right before ``tokens[i]`` (``tablets`` of ``chewable
    tablets lemon``)."""
    return any(
        phrase(tokens, k)[0] == i - k and phrase(tokens, k)[1] == "form"
        for k in range(max(0, i - 3), i)
    )
