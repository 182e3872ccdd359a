"""The kinds of field every section of the rules schema shares: text, sources, amounts, ages."""

from __future__ import annotations

from magadvise.rules.kinds import Number, Ref, Text
from magadvise.rules.schema import Field, ListOf

TEXT = Text()
TEXTS = ListOf(TEXT)
CONDITION_IDS = ListOf(Ref("conditions", noun="condition"), min_items=1, unique=True)
"""Ids of conditions, each once (a class's check_conditions, a medicine's marks_conditions)."""
SOURCES = Field(ListOf(Ref("sources"), min_items=1, unique=True), "Ids of the sources behind it.")
OPT_SOURCES = Field(
    ListOf(Ref("sources"), unique=True), "Ids of the sources behind it.", required=False
)
PERCENT = Number(minimum=0, maximum=100, exclusive_minimum=True)
MG = Number(minimum=0)
AGE = Number(minimum=0, maximum=130)
