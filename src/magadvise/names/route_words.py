"""Words that name a route outright (``otic``, ``in the left eye``, ``each nostril``) and body
places that name one only beside a local dose form (``drops ear``): the lexer's route tables.

The routes themselves, and the dose forms that imply one, are in :mod:`magadvise.names.forms`.
"""

from __future__ import annotations

from magadvise.names.forms import (
    EAR,
    EYE,
    INHALED,
    INJECTED,
    NASAL,
    ORAL,
    RECTAL,
    TOPICAL,
    VAGINAL,
)


def _placed(part: str) -> list[str]:
    """``in the ear``, ``into the left ear``, ``to both ears``, ``in right ear``: where it goes."""
    sides: tuple[str, ...] = ("the ", "the right ", "the left ", "right ", "left ", "each ")
    sides += ("both ", "the affected ", "affected ", "")
    return [
        f"{to} {side}{part}{s}" for to in ("in", "into", "to") for side in sides for s in ("", "s")
    ]


# Words and abbreviations that name a route outright.
ROUTES: dict[str, str] = {
    "oral": ORAL,
    "orally": ORAL,
    "by mouth": ORAL,
    "per os": ORAL,
    "po": ORAL,
    "sublingual": ORAL,
    "sl": ORAL,
    "buccal": ORAL,
    "iv": INJECTED,
    "ivpb": INJECTED,
    "intravenous": INJECTED,
    "intravenously": INJECTED,
    "im": INJECTED,
    "intramuscular": INJECTED,
    "sc": INJECTED,
    "sq": INJECTED,
    "subq": INJECTED,
    "subcut": INJECTED,
    "subcutaneous": INJECTED,
    "injected": INJECTED,
    "intravitreal": INJECTED,
    "inhaled": INHALED,
    "inhalation": INHALED,
    "inh": INHALED,
    "nebulised": INHALED,
    "nebulized": INHALED,
    "topical": TOPICAL,
    "topically": TOPICAL,
    "transdermal": TOPICAL,
    "cutaneous": TOPICAL,
    "dermal": TOPICAL,
    "ophthalmic": EYE,
    **dict.fromkeys(("ophth", "opth", "oph", "ophthal"), EYE),  # ophthalmic, shortened
    "otic": EAR,
    "nasal": NASAL,
    "intranasal": NASAL,
    "rectal": RECTAL,
    "pr rectal": RECTAL,
    **dict.fromkeys(("rectally", "per rectum"), RECTAL),
    "vaginal": VAGINAL,
    # Per vaginam (UK: "Utrogestan 200 mg PV nocte", "Cyclogest 400 mg PV bd"). PR stays
    # "prolonged release" (names.forms): "PR rectal" or "per rectum" says the route.
    **dict.fromkeys(("pv", "per vaginam", "per vagina", "per vag"), VAGINAL),
    **dict.fromkeys(("vaginally", "intravaginal", "intravaginally"), VAGINAL),
    # Where a direction says to put it ("2 sprays each nostril", "1 drop in both eyes").
    "under the tongue": ORAL,
    **dict.fromkeys(("inject", "subcutaneously", "intramuscularly", "by injection"), INJECTED),
    "sublingually": ORAL,
    **dict.fromkeys(("nostril", "nostrils", "each nostril", "in each nostril"), NASAL),
    **dict.fromkeys(("per nostril", "into each nostril", "both nostrils"), NASAL),
    "in both nostrils": NASAL,
    **dict.fromkeys(("in each eye", "each eye"), EYE),
    # Both eyes (Latin oculus uterque). OD, OS and the ear's AD, AS, AU are sides only on a
    # line about drops (names.sides): OD is also 'once daily', and 'per os' means by mouth.
    "ou": EYE,
    **dict.fromkeys(("both eyes", "in both eyes", "affected eye", "in affected eye"), EYE),
    **dict.fromkeys(("each ear", "in each ear", "affected ear", "in affected ear"), EAR),
    **dict.fromkeys(("affected area", "to affected area", "to the affected area"), TOPICAL),
    # Where a drop goes: "in the ear", "into the left eye". The bare word "ear" or "eye" is not
    # here (see PLACES): "cipro 500 bid ear" names what the tablet is for, not how it is taken.
    **dict.fromkeys(_placed("ear"), EAR),
    **dict.fromkeys(_placed("eye"), EYE),
    **dict.fromkeys(("right ear", "left ear", "both ears"), EAR),
    **dict.fromkeys(("right eye", "left eye"), EYE),
    **dict.fromkeys(("in the nose", "into the nose", "in nose", "up the nose"), NASAL),
    "apply": TOPICAL,  # a local form; a place named with it says which (names.route_read)
}

# Body places that say a route only beside a local dose form ("drops ear", "solution eye"). On
# their own they are read as by mouth, the safer reading, with a note (names.route_read): a
# patient writes what a tablet is for ("cipro 500 bid ear", "doxycycline for eye"), and no
# oral quinolone or tetracycline caution may be lost to it.
PLACES: dict[str, str] = {"ear": EAR, "ears": EAR, "eye": EYE, "eyes": EYE}
