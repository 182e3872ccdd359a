"""Eye and ear sides written the Latin way (``OS``, ``AU``, ``OD``): a route only on a drops line.

Prescribers write which eye or ear a drop goes in as oculus dexter, sinister, uterque (``OD``
right eye, ``OS`` left eye, ``OU`` both eyes) and auris dextra, sinistra, utraque (``AD``,
``AS``, ``AU``). The same letters mean other things elsewhere: ``OD`` is also "once daily" in
UK prescriptions (``1 tab OD``), ``AS`` and ``AD`` are English words (``as directed``), and
``per os`` is by mouth. So a side is read as a route only on a line about drops (a drop
counted, ``gtt``, ``ophthalmic``, ``otic``, ``instil``), and:

- ``AS`` and ``AD`` only written in capitals or with dots (``AS``, ``a.s.``), never ``as``;
- ``OD`` only when the line also gives how often in other words (``1 drop OD tid``) or says
  eye outright (``ophthalmic``, ``eye``): ``moxifloxacin 1 drop OD`` may be once a day, and
  is read that way, by mouth, the safer reading, with a note (:func:`unsure_note`).

``OU`` needs none of this (it means nothing else) and is a route word in
:mod:`magadvise.names.route_words`.
"""

from __future__ import annotations

from magadvise.names.forms import EAR, EYE
from magadvise.names.lex import Token

# The Latin sides and the route each gives.
SIDES: dict[str, str] = {"od": EYE, "os": EYE, "ad": EAR, "as": EAR, "au": EAR}
_WORDS_TOO = frozenset({"as", "ad"})  # English words: a side only in capitals or with dots
ONCE_DAILY = "od"  # also "once daily" (names.instructions)
# Words that say a line is about drops put in an eye or ear.
_DROPS = frozenset(
    """drop drops gtt gtts ophthalmic ophth opth oph otic instil instill instils instills
    instilled eyedrop eyedrops""".split()  # noqa: SIM905 - a word list reads better as text
)
_EYE_SAID = frozenset({"ophthalmic", "ophth", "opth", "oph", "eye", "eyes", "ou", "os", "eyedrop"})
# Words that give how often on their own, so that OD beside them cannot be "once daily".
_OFTEN = frozenset(
    """bid bd tid tds qid qds qd daily q every hourly times twice once qhs hs nocte mane qam
    qpm prn""".split()  # noqa: SIM905 - a word list reads better as text
)


def sides(text: str, tokens: list[Token]) -> frozenset[int]:
    """The indexes of the tokens of ``tokens`` (lexed from ``text``) to read as an eye or
    ear route (see the module): none unless the line is about drops."""
    values = {t.value for t in tokens if t.kind == "word"}
    if not values & _DROPS:
        return frozenset()
    eye_said = bool(values & _EYE_SAID)
    often = bool(values & _OFTEN)
    found = set()
    for i, token in enumerate(tokens):
        value = token.value
        if token.kind != "word" or value not in SIDES:
            continue
        written = text[token.start : token.end]
        if value in _WORDS_TOO and not (written.isupper() or "." in written):
            continue
        if value == ONCE_DAILY and not (eye_said or often):
            continue
        if i and tokens[i - 1].value == "per":  # "per os": by mouth
            continue
        found.add(i)
    return frozenset(found)


def unsure_note(text: str, tokens: list[Token], read: frozenset[int]) -> str | None:
    """The note for a drops line whose ``OD`` was read as once a day (see the module), or None."""
    values = {t.value for t in tokens if t.kind == "word"}
    unread = [i for i, t in enumerate(tokens) if t.value == ONCE_DAILY and i not in read]
    if not unread or not values & _DROPS:
        return None
    written = text[tokens[unread[0]].start : tokens[unread[0]].end]
    return (
        f"'{written}' on a line of drops may mean the right eye or once a day: read as once a "
        "day by mouth, the safer reading (for the right eye, write 'right eye' or "
        "'ophthalmic')"
    )
