"""The route a typed medicine states, from route words and dose forms only, never a reason.

A route comes from words that say how a medicine is taken (``otic``, ``ophthalmic``,
``topical``, ``in the ear``, ``to the eye``, ``apply``) or from a dose form that implies one
(``eye drops``, ``cream``, ``inhaler``). What a medicine is for (``for ear infection``,
``(eye infection)``, ``nasal sinus infection``, ``for eye``) is read as a reason by
:mod:`magadvise.names.sig`; a body place so named says a route only beside a local dose form
(``drops for eye``). Two readings are ambiguous, and each takes
the safer one, by mouth, so that an oral caution (a quinolone's, a tetracycline's) is never
lost, and says so (``note``):

- a body place alone (``cipro 500 bid x7d ear``): ``ear`` or ``eye`` says a route only beside a
  local dose form (``drops ear``, ``solution eye``);
- an eye or ear route with a strength that is a dose by mouth (``cipro 500 mg in the ear``: a
  mass in mg or g, or a bare number of 50 or more; eye and ear products are written in % or
  mg/mL, never as hundreds of mg a dose); likewise a nasal or topical route word with such a
  strength and no local dose form (``doxycycline 100 mg bid topical``, ``doxycycline 100 mg
  nasal``: often a mis-keyed route; a topical doxycycline is a gel or foam in %).
"""

from __future__ import annotations

from collections.abc import Sequence

from magadvise.names import forms
from magadvise.names.lex import Strength, Token, phrase
from magadvise.names.route_words import PLACES, ROUTES
from magadvise.names.sides import SIDES
from magadvise.record import Record

_LOCAL_LAST = frozenset({"apply"})  # names a local use without saying where
_MASS = frozenset({"mg", "g"})
_ORAL_NUMBER = 50  # a bare number this high with a name is a tablet strength (cipro 500)
_EAR_EYE = frozenset({forms.EAR, forms.EYE})
_WORD_ONLY = frozenset({forms.NASAL, forms.TOPICAL})  # by a route word, with no local form


class RouteRead(Record):
    """The route read (``oral`` when none is stated), whether the text stated it, and a note
    when an ambiguous text was read as by mouth (None otherwise)."""

    route: str
    stated: bool
    note: str | None = None


def stated_route(
    route_words: Sequence[str],
    form_routes: Sequence[str | None],
    places: Sequence[str],
    reasons: Sequence[str] = (),
) -> RouteRead:
    """The route from the route words (and eye or ear sides, names.sides) and dose forms
    found, in order, bare body places, and the directions read (``reasons``).

    ``(["otic"], [], [])`` -> ear; ``([], [None], ["ear"])`` (``drops ear``) -> ear;
    ``([], [], ["ear"])`` -> oral, with a note; ``(["apply", "in the eye"], [], [])`` -> eye;
    ``([], [None], [], ["for eye"])`` (``drops for eye``) -> eye: a body place named as what
    a local form is for says where it goes; beside no local form it is only a reason
    (``moxifloxacin 400 mg for eye``: by mouth, no note).
    """
    words = [w for w in route_words if w not in _LOCAL_LAST]
    applied = len(words) < len(route_words)  # "apply": local, and a place or form says where
    routes = [ROUTES.get(w) or SIDES[w] for w in words] + [r for r in form_routes if r]
    if forms.ORAL in routes:
        return RouteRead(forms.ORAL, True)
    if routes:
        return RouteRead(routes[0], True)
    named = [*places, *(p for r in reasons if (p := r.removeprefix("for ")) in PLACES)]
    if named and (form_routes or applied):  # "drops ear", "apply eye": a local form, and where
        return RouteRead(PLACES[named[0]], True)
    if applied:
        return RouteRead(forms.TOPICAL, True)
    if places:
        word = places[0]
        return RouteRead(
            forms.ORAL,
            False,
            f"'{word}' alone does not say how it is taken: read as by mouth, the safer reading "
            f"(for an {word} form, write it: '{word} drops', 'in the {word}')",
        )
    return RouteRead(forms.ORAL, False)


def oral_strength(strengths: Sequence[Strength | None]) -> Strength | None:
    """The first strength that is a dose by mouth (``500 mg``, ``1 g``, a bare ``500``)."""
    for s in strengths:
        if s is None or len(s.amounts) != 1:
            continue
        try:
            amount = float(s.amounts[0])
        except ValueError:
            continue
        if s.unit in _MASS or (s.unit is None and amount >= _ORAL_NUMBER):
            return s
    return None


def checked(
    read: RouteRead, strengths: Sequence[Strength | None], local_form: bool = False
) -> RouteRead:
    """``read``, or by mouth with a note when the route and the strength contradict each other
    (the caution is kept): an eye or ear route with an oral strength (``cipro 500 mg otic``),
    or a nasal or topical route word with one and no local dose form (``doxycycline 100 mg
    bid topical``: no nasal or topical product is written as a mass a dose; creams, gels, foams
    and sprays are in %, mg/g or micrograms a spray). ``local_form``: a dose form said a local
    route (``lidocaine 700 mg patch`` stays topical)."""
    dose = oral_strength(strengths)
    if dose is None:
        return read
    if read.route in _EAR_EYE:
        where = "an eye" if read.route == forms.EYE else "an ear"
    elif read.route in _WORD_ONLY and not local_form:
        where = f"a {read.route}"
    else:
        return read
    return RouteRead(
        forms.ORAL,
        False,
        f"a strength of {dose} is a dose by mouth, not {where} form: read as by mouth, the "
        "safer reading",
    )


# A roman disease stage that is also a route word (``IV`` of ``CKD IV``, ``CKD-IV``, ``stage
# IV``, ``chronic kidney disease IV``): ``IV`` alone is read as into a vein, so ``Metformin -
# CKD IV`` made metformin an injection and left ``CKD`` without its stage (kidney disease, not
# severe). After a word a stage follows (``CKD``, ``stage``, ``disease``; a hyphen between) it is
# the stage, a word of the name read by the condition matcher (advice.condition_text).
_STAGED = frozenset({"ckd", "stage", "disease"})


def roman_stage(tokens: list[Token], i: int) -> bool:
    """Whether the route word at ``i`` is a roman stage (see the comment above)."""
    before = i - 2 if i > 1 and tokens[i - 1].value == "-" else i - 1
    return before >= 0 and tokens[before].value in _STAGED and phrase(tokens, i)[1] == "route"
