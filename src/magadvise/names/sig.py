"""Directions written beside a medicine (the *sig*): how many, how often, how long, what for.

Patients and prescribers write a medicine with its directions: ``Lisinopril 10 mg take 1 tab
by mouth daily for 7 days``, ``ibuprofen 400 mg every 6 hours as needed for pain``,
``albuterol two puffs``, ``prednisone 20 mg x 5 days``. These are parts of the grammar, not
names: :func:`read` says whether a direction starts at a token and what it means, as one of

- ``frequency``: how often (``every 6 hours``, ``on Monday, Wednesday, Friday``), read into
  the same plain words as :data:`magadvise.names.instructions.FREQUENCIES`;
- ``time``: a clock time (``08:00`` from ``8 am``), a dose time the person gave;
- ``instruction``: everything else worth showing (``2 tablets``, ``for 7 days``, ``for pain``,
  ``with water``).

Only words in these tables are directions. Any other word stays part of a medicine's name, so
an unknown word is still reported as not assessed, never dropped as if it were a direction.
"""

from __future__ import annotations

from magadvise.names.lex import Token, number_word

# How many of a unit to take: "1 tab", "two puffs", "1/2 tablet", "2 sprays", "10 mL" is not
# here (a liquid's volume is read as its strength where no strength was given).
COUNT_UNITS: dict[str, str] = {
    **dict.fromkeys(("tab", "tabs", "tablet", "tablets", "pill", "pills"), "tablet"),
    **dict.fromkeys(("caplet", "caplets"), "tablet"),
    **dict.fromkeys(("cap", "caps", "capsule", "capsules", "softgel", "softgels"), "capsule"),
    **dict.fromkeys(("puff", "puffs", "inhalation", "inhalations"), "puff"),
    **dict.fromkeys(("spray", "sprays"), "spray"),
    **dict.fromkeys(("drop", "drops", "gtt", "gtts"), "drop"),
    **dict.fromkeys(("teaspoon", "teaspoons", "teaspoonful", "tsp"), "teaspoon"),
    **dict.fromkeys(("tablespoon", "tablespoons", "tablespoonful", "tbsp"), "tablespoon"),
    **dict.fromkeys(("sachet", "sachets", "packet", "packets", "scoop", "scoops"), "sachet"),
    **dict.fromkeys(("patch", "patches", "application", "applications"), "application"),
    **dict.fromkeys(("dose", "doses", "chew", "chews", "gummy", "gummies"), "dose"),
    **dict.fromkeys(("lozenge", "lozenges", "capful", "capfuls"), "dose"),
    **dict.fromkeys(("oz", "ounce", "ounces"), "ounce"),
}

# Units of time, for intervals ("every 6 hours") and durations ("for 7 days", "x 5 days").
TIME_UNITS: dict[str, str] = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "hour"),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), "minute"),
    **dict.fromkeys(("d", "day", "days"), "day"),
    **dict.fromkeys(("wk", "wks", "week", "weeks"), "week"),
    **dict.fromkeys(("mo", "mos", "month", "months"), "month"),
}

DAYS: dict[str, str] = {
    **dict.fromkeys(("monday", "mondays", "mon"), "Monday"),
    **dict.fromkeys(("tuesday", "tuesdays", "tue", "tues"), "Tuesday"),
    **dict.fromkeys(("wednesday", "wednesdays", "wed"), "Wednesday"),
    **dict.fromkeys(("thursday", "thursdays", "thu", "thur", "thurs"), "Thursday"),
    **dict.fromkeys(("friday", "fridays", "fri"), "Friday"),
    **dict.fromkeys(("saturday", "saturdays", "sat"), "Saturday"),
    **dict.fromkeys(("sunday", "sundays", "sun"), "Sunday"),
}

# More ways to write how often, beside those in instructions.FREQUENCIES (same plain words).
FREQUENCIES: dict[str, str] = {
    "every night": "at bedtime",
    "each night": "at bedtime",
    "before bed": "at bedtime",
    "before bedtime": "at bedtime",
    "at bed time": "at bedtime",
    "each morning": "every morning",
    "daily in the morning": "every morning",
    "on empty stomach": "on an empty stomach",
    "on an empty stomach": "on an empty stomach",
    "with breakfast": "with breakfast",
    "breakfast": "with breakfast",
    "lunch": "at midday",
    "dinner": "with the evening meal",
    "supper": "with the evening meal",
    "at breakfast": "with breakfast",
    "with lunch": "at midday",
    "at lunch": "at midday",
    "at lunchtime": "at midday",
    "at noon": "at midday",
    "midday": "at midday",
    "in the afternoon": "at midday",
    "with dinner": "with the evening meal",
    "at dinner": "with the evening meal",
    "with supper": "with the evening meal",
    "with evening meal": "with the evening meal",
    "with the evening meal": "with the evening meal",
    "morning and evening": "twice a day",
    "morning and night": "twice a day",
    "morning and bedtime": "twice a day",
    "twice a week": "twice a week",
    "twice weekly": "twice a week",
    "three times a week": "three times a week",
    "every other week": "every 2 weeks",
    "once": "once, now",
    "ac": "before meals",
    "before meals": "before meals",
    "pc": "after meals",
    "after meals": "after meals",
    "after food": "after meals",
    "with each meal": "with food",
    "with a meal": "with food",
    "with food or milk": "with food",
}

# Directions that say nothing of when: shown as written in plain words (None: not shown).
INSTRUCTIONS: dict[str, str | None] = {
    **dict.fromkeys(
        """sig take takes taking use apply inhale instill give chew swallow dissolve place
        insert then up to""".split(),  # noqa: SIM905 - a word list reads better as text
        None,
    ),
    "with water": "with water",
    "of water": "with water",
    "in water": "in water",
    "glass of water": "with water",
    "full glass of water": "with a full glass of water",
    "with a glass of water": "with water",
    "with a full glass of water": "with a full glass of water",
    "with full glass of water": "with a full glass of water",
    "with plenty of water": "with a full glass of water",
    "with milk": "with milk",
    "with juice": "with juice",
    "as directed": "as directed",
    "as instructed": "as directed",
    "ud": "as directed",
    "per doctor": "as directed",
    "until finished": "until finished",
    "until gone": "until finished",
    "until complete": "until finished",
    "do not crush": "do not crush",
    "swallow whole": "swallow whole",
    "taper": "tapering dose",
    "tapering": "tapering dose",
    "tapering dose": "tapering dose",
    "long term": "long term",
}

# What a medicine is for, after "for" ("for pain") or "as needed" ("prn pain").
REASONS = frozenset(
    """
    pain fever headache headaches migraine migraines sleep insomnia anxiety depression mood
    nausea vomiting heartburn reflux indigestion gerd constipation diarrhea diarrhoea allergies
    allergy itching itch cough cold colds congestion wheezing wheeze asthma sob cholesterol
    diabetes sugar thyroid heart angina infection uti bones osteoporosis cramps spasms gout
    arthritis inflammation swelling edema oedema fluid acne rash seizures epilepsy neuropathy
    clots stomach ulcer gas bloating adhd smoking nerves bp hypertension prostate bladder
    contraception menopause vertigo dizziness psoriasis eczema glaucoma
    """.split()  # noqa: SIM905 - a word list reads better as text
) | frozenset(
    """blood pressure;high blood pressure;blood sugar;acid reflux;hay fever;shortness of breath;
    chest pain;heart failure;nerve pain;back pain;muscle cramps;muscle spasms;leg cramps;
    birth control;hot flashes;water retention;motion sickness;smoking cessation;blood thinner;
    low magnesium;low potassium;vitamin deficiency;upset stomach""".replace("\n    ", "").split(";")
)

_MAX_WORDS = 6
_INTERVAL = ("every", "each", "q")  # "every 6 hours", "q 6 h"
_DURATION = ("for", "x", "over")  # "for 7 days", "x 5 days"
_TIMES = ("times", "time", "x")  # "2 times a day", "3x daily"
_PER = {"a day": "day", "daily": "day", "per day": "day", "a week": "week", "weekly": "week"}

Reading = tuple[int, list[tuple[str, str]]]
"""Tokens used and the (kind, meaning) pairs read from them."""


def _words(tokens: list[Token], i: int, n: int) -> str:
    return " ".join(t.value for t in tokens[i : i + n] if t.kind == "word")


def _phrase(tokens: list[Token], i: int, table: object) -> int:
    """How many word tokens from ``i`` form the longest phrase in ``table`` (0: none)."""
    end = i
    while end < len(tokens) and end - i < _MAX_WORDS and tokens[end].kind == "word":
        end += 1
    for n in range(end - i, 0, -1):
        if _words(tokens, i, n) in table:  # type: ignore[operator]
            return n
    return 0


def _amount(tokens: list[Token], i: int) -> tuple[str, int]:
    """A number, a number word or a range (``4-6``, ``1 to 2``, ``1/2``) at ``i``; ("", i)."""
    first = number_word(tokens[i]) if i < len(tokens) else None
    if first is None:
        return "", i
    j = i + 1
    if j + 1 < len(tokens) and tokens[j].value in ("-", "to", "or", "/"):
        second = number_word(tokens[j + 1])
        if second is not None:
            sep = "/" if tokens[j].value == "/" else "-"
            return f"{first}{sep}{second}", j + 2
    return first, j


def _plural(amount: str, unit: str) -> str:
    return f"{amount} {unit}" if amount in ("1", "1/2", "0.5") else f"{amount} {unit}s"


def _timed(tokens: list[Token], i: int) -> tuple[str, str, int] | None:
    """An amount and a unit of time at ``i``: (amount, unit, index after) or None."""
    amount, j = _amount(tokens, i)
    if amount and j < len(tokens) and tokens[j].value in TIME_UNITS:
        return amount, TIME_UNITS[tokens[j].value], j + 1
    return None


def _days(tokens: list[Token], i: int) -> Reading | None:
    """``Mon Wed Fri``, ``Mondays``, ``Mon/Wed/Fri``: the days of the week a dose is taken."""
    days: list[str] = []
    j = i
    while j < len(tokens) and (tokens[j].value in DAYS or (days and tokens[j].kind == "sym")):
        if tokens[j].value in DAYS:
            days.append(DAYS[tokens[j].value])
        j += 1
    if not days:
        return None
    while tokens[j - 1].kind == "sym":  # a trailing comma belongs to what follows
        j -= 1
    return j - i, [("frequency", "on " + ", ".join(dict.fromkeys(days)))]


def _reason(tokens: list[Token], i: int) -> Reading | None:
    """``pain``, ``pain or fever``, ``my blood pressure``: what the medicine is for."""
    j = i + (i < len(tokens) and tokens[i].value == "my")
    reasons: list[str] = []
    while (n := _phrase(tokens, j, REASONS)) > 0:
        reasons.append(_words(tokens, j, n))
        j += n
        more = j + 1 < len(tokens) and tokens[j].value in ("or", "and", "/", ",")
        if not (more and _phrase(tokens, j + 1, REASONS)):
            break
        j += 1
    return (j - i, [("instruction", "for " + " or ".join(reasons))]) if reasons else None


def read(tokens: list[Token], i: int) -> Reading | None:
    """The direction that starts at ``tokens[i]``, or None when it is not one (see module)."""
    token = tokens[i]
    value = token.value
    if token.kind == "clock":
        return 1, [("time", value)]
    if value in ("at", "@") and i + 1 < len(tokens) and tokens[i + 1].kind == "clock":
        return 2, [("time", tokens[i + 1].value)]
    if value in _INTERVAL and (timed := _timed(tokens, i + 1)) is not None:
        amount, unit, j = timed
        return j - i, [("frequency", f"every {_plural(amount, unit)}")]
    if value in _DURATION and (timed := _timed(tokens, i + 1)) is not None:
        amount, unit, j = timed
        return j - i, [("instruction", f"for {_plural(amount, unit)}")]
    if value in ("for", "prn") and (why := _reason(tokens, i + 1)) is not None:
        used, found = why
        prn = [("frequency", "as needed")] if value == "prn" else []
        return used + 1, prn + found
    if value in ("on", "every", "each") and (days := _days(tokens, i + 1)) is not None:
        return days[0] + 1, days[1]
    if (days := _days(tokens, i)) is not None:
        return days
    return _counted(tokens, i) or _listed(tokens, i)


def _counted(tokens: list[Token], i: int) -> Reading | None:
    """Directions that start with a number: ``2 tablets``, ``2 times a day``, ``30 minutes``."""
    amount, j = _amount(tokens, i)
    if not amount or j >= len(tokens):
        return None
    unit = tokens[j].value
    if unit in COUNT_UNITS:
        return j + 1 - i, [("instruction", _plural(amount, COUNT_UNITS[unit]))]
    if unit in _TIMES and (n := _phrase(tokens, j + 1, _PER)) > 0:
        per = _PER[_words(tokens, j + 1, n)]
        often = {"1": "once", "2": "twice"}.get(amount, f"{amount} times")
        return j + 1 + n - i, [("frequency", f"{often} a {per}")]
    if unit in TIME_UNITS and TIME_UNITS[unit] != "hour":  # "7 days"; "24 HR" is a release
        return j + 1 - i, [("instruction", _plural(amount, TIME_UNITS[unit]))]
    return None


def _listed(tokens: list[Token], i: int) -> Reading | None:
    """A direction from the tables: how often, or an instruction, longest phrase first."""
    n_often = _phrase(tokens, i, FREQUENCIES)
    n_said = _phrase(tokens, i, INSTRUCTIONS)
    if n_often == 0 and n_said == 0:
        return None
    if n_often >= n_said:
        return n_often, [("frequency", FREQUENCIES[_words(tokens, i, n_often)])]
    said = INSTRUCTIONS[_words(tokens, i, n_said)]
    return n_said, [("instruction", said)] if said else []
