"""The words of directions (see :mod:`magadvise.names.sig`): units, days, phrases, reasons."""

from __future__ import annotations

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
    **dict.fromkeys(("lozenge", "lozenges"), "dose"),
    **dict.fromkeys(("capful", "capfuls", "cap full", "capsful"), "capful"),  # no volume of its own
    **dict.fromkeys(("bottle", "bottles"), "bottle"),  # a product sold by the bottle (Suprep)
    # a dialysis solution's bag, run in as one exchange ("Dianeal 2.5% 4 exchanges/day")
    **dict.fromkeys(("bag", "bags", "exchange", "exchanges"), "dose"),
    **dict.fromkeys(("oz", "ounce", "ounces"), "ounce"),
}

# mL in one household measure, as typed (``2 tsp``) or in a record (UCUM ``[tsp_us]``): a
# teaspoon 5 mL and a tablespoon 15 mL (21 CFR 101.9(b)(5)(viii), and UCUM's metric [tsp_m] and
# [tbs_m]; UCUM's US [tsp_us] 4.93 mL and [tbs_us] 14.79 mL are rounded up to them, the cautious
# side for the upper level); a US fluid ounce 29.5735 mL (UCUM [foz_us]).
MEASURE_ML: dict[str, float] = {"teaspoon": 5.0, "tablespoon": 15.0, "ounce": 29.5735}

# Units of time, for intervals ("every 6 hours") and durations ("for 7 days", "x 5 days").
TIME_UNITS: dict[str, str] = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "hour"),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), "minute"),
    **dict.fromkeys(("d", "day", "days"), "day"),
    **dict.fromkeys(("w", "wk", "wks", "week", "weeks"), "week"),
    **dict.fromkeys(("mo", "mos", "month", "months"), "month"),
    **dict.fromkeys(("y", "yr", "yrs", "year", "years"), "year"),  # "x 5y", "for 2 yrs": a course
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
# Days run together, as a warfarin or methotrexate schedule writes them ("5 mg MWF").
DAY_RUNS: dict[str, tuple[str, ...]] = {
    "mwf": ("Monday", "Wednesday", "Friday"),
    "tth": ("Tuesday", "Thursday"),
    "tuth": ("Tuesday", "Thursday"),
    "tts": ("Tuesday", "Thursday", "Saturday"),
    "tthsa": ("Tuesday", "Thursday", "Saturday"),
    "tuthsa": ("Tuesday", "Thursday", "Saturday"),
    "mtwthf": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
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
    "om": "every morning",
    "on waking": "every morning",
    "upon waking": "every morning",
    "q week": "once a week",
    "q wk": "once a week",
    "qweek": "once a week",
    "q month": "once a month",
    "q day": "once a day",
    **dict.fromkeys(("q am", "q morning", "every am"), "every morning"),
    **dict.fromkeys(("q pm", "q evening", "every pm"), "every evening"),
    **dict.fromkeys(("q hs", "q night", "q bedtime"), "at bedtime"),
    "before food": "before meals",
    "meals": "with food",
    "in am": "every morning",
    "in the am": "every morning",
    "in pm": "every evening",
    "in the pm": "every evening",
    # UK and Australian wordings: "thrice daily", "bds" (bis die sumendum, twice a day)
    **dict.fromkeys(("thrice daily", "thrice a day", "thrice per day"), "three times a day"),
    "bds": "twice a day",
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
    **dict.fromkeys(("with each meal", "with every meal", "with all meals"), "with meals"),
    "with a meal": "with food",
    "with food or milk": "with food",
    **dict.fromkeys(("with a snack", "with food or a snack", "with milk or food"), "with food"),
    # Between meals, as antacid labels write it ("2 to 4 teaspoons between meals and at
    # bedtime"): on an empty stomach, and a dose between each of the three main meals.
    **dict.fromkeys(("between meals", "in between meals"), "between meals"),
    # An empty stomach, as labels write it (FDA labels define it as 1 hour before or 2 hours
    # after a meal): never "with food", though "meals" alone is.
    **dict.fromkeys(
        """away from food;away from meals;apart from meals;
        apart from food;without food;not with food;without meals;on an empty tummy;
        before food or drink;before the first food of the day;before first food of the day;
        before the first food or drink of the day""".replace("\n        ", "").split(";"),
        "on an empty stomach",
    ),
    **dict.fromkeys(
        """on rising;upon rising;on arising;upon arising;on getting up;when you wake up;
        first thing in the morning;first thing in the am""".replace("\n        ", "").split(";"),
        "every morning",
    ),
    # A meal named with before or after: its own words, each a time of day (written_times).
    "after breakfast": "after breakfast",
    **dict.fromkeys(("before lunch", "before lunchtime"), "before lunch"),
    **dict.fromkeys(("after lunch", "after lunchtime"), "after lunch"),
    **dict.fromkeys(
        ("before dinner", "before supper", "before evening meal", "before the evening meal"),
        "before the evening meal",
    ),
    **dict.fromkeys(
        ("after dinner", "after supper", "after evening meal", "after the evening meal"),
        "after the evening meal",
    ),
    **dict.fromkeys(
        ("when needed", "when necessary", "as necessary", "if necessary", "if required"),
        "as needed",
    ),
}

# A time of day joined to one named before it ("every morning and evening", "with breakfast
# and at bedtime" is read phrase by phrase).
TIMES_OF_DAY: dict[str, str] = {
    "morning": "every morning",
    "evening": "every evening",
    "night": "at bedtime",
    "bedtime": "at bedtime",
    "noon": "at midday",
    "afternoon": "at midday",
}

# Directions that say nothing of when: shown as written in plain words (None: not shown).
INSTRUCTIONS: dict[str, str | None] = {
    **dict.fromkeys(
        """sig take takes taking use apply inhale instill instil give chew swallow dissolve
        place insert then up to""".split(),  # noqa: SIM905 - a word list reads better as text
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
    "mdu": "as directed",  # more dicto utendus (UK, "m.d.u.")
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
    "per inr": "as directed by INR",
    **dict.fromkeys(("other days", "all other days", "rest of the week"), "other days"),
    "may repeat": "may repeat",
    "per md": "as directed",
    "per provider": "as directed",
    "per protocol": "as directed",
    "sliding scale": "sliding scale",
    "per sliding scale": "sliding scale",
    "after same meal": "after the same meal each day",
    "after the same meal": "after the same meal each day",
    **dict.fromkeys(
        """with or without food;with or without meals;regardless of meals;regardless of food;
        without regard to meals;without regard to food;irrespective of meals;
        irrespective of food""".replace("\n        ", "").split(";"),
        "with or without food",
    ),
    **dict.fromkeys(
        """sit upright;stay upright;remain upright;sit up;stand upright;stay sitting up;
        do not lie down;avoid lying down;don't lie down""".replace("\n        ", "").split(";"),
        "stay upright (do not lie down)",
    ),
    **dict.fromkeys(
        """do not chew;do not break;do not split;do not cut;do not crush or chew;
        do not chew or crush;do not break or chew;don't crush;don't chew""".replace(
            "\n        ", ""
        ).split(";"),
        "swallow whole",
    ),
    **dict.fromkeys(
        ("chew thoroughly", "chew well", "chew completely", "chew before swallowing"),
        "chew before swallowing",
    ),
    **dict.fromkeys(("shake well", "shake well before use", "shake before use"), "shake well"),
    **dict.fromkeys(
        ("at the same time each day", "at the same time every day", "same time each day"),
        "at the same time each day",
    ),
    **dict.fromkeys(("avoid alcohol", "no alcohol", "do not drink alcohol"), "avoid alcohol"),
    **{said: said for said in ("may cause drowsiness", "may cause dizziness")},
    # Notes a list writes beside a medicine (names.notmed reads them alone as not a medicine).
    **dict.fromkeys(
        ("pt taking on own", "patient taking on own", "taking on own", "pt taking own"),
        "taking it on their own",
    ),
    **dict.fromkeys(
        """per patient;per pt;pt reports;patient reports;per pt report;per patient report;
        pt states;patient states""".replace("\n        ", "").split(";"),
        "as the patient reports",
    ),
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
    contraception menopause vertigo dizziness psoriasis eczema glaucoma hg hyperemesis
    """.split()  # noqa: SIM905 - a word list reads better as text
) | frozenset(
    """blood pressure;high blood pressure;blood sugar;acid reflux;hay fever;shortness of breath;
    chest pain;heart failure;nerve pain;back pain;muscle cramps;muscle spasms;leg cramps;
    birth control;hot flashes;water retention;motion sickness;smoking cessation;blood thinner;
    low magnesium;low potassium;vitamin deficiency;upset stomach;infections;sinusitis;otitis;
    otitis media;otitis externa;conjunctivitis;pink eye;pinkeye;blepharitis;stye;bronchitis;
    pneumonia;strep;strep throat;sore throat;cellulitis;wax;polyps;surgery;discharge;
    morning sickness""".replace("\n    ", "").split(";")
)

# Body places written before a reason ("ear infection", "nasal sinus infection", "eye pain"),
# or alone after "for" ("for eye"): what the medicine is for, never how it is taken
# (names.route_read; a route comes only from route words and dose forms).
BODY_PLACES = frozenset(
    """
    ear ears eye eyes nasal nose sinus sinuses skin throat chest lung lungs urinary bladder
    tract tooth teeth dental gum gums middle inner outer
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Drinks a dose is taken in or with ("in 8 oz water", "with a glass of milk").
LIQUIDS = frozenset({"water", "juice", "milk", "liquid", "fluid", "fluids", "beverage"})
VOLUMES = frozenset({"oz", "ounce", "ounces", "ml", "cup", "cups", "glass", "glasses"})

# Who a product is for, after "for": part of a product's name ("Mucinex for Kids", "One A Day
# for Women"), never a reason to drop from it.
AUDIENCES = frozenset(
    """
    kids kid children child childrens infants infant babies baby toddlers teens teenagers
    women woman womens men man mens him her seniors adults adult pets dogs cats
    """.split()  # noqa: SIM905 - a word list reads better as text
)
