"""A validated rules file, with typed entries built on first use."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cached_property
from typing import Any, Generic, TypeVar

from magadvise.rules.model import Source
from magadvise.rules.model_conditions import Condition
from magadvise.rules.model_forms import Formulation
from magadvise.rules.model_goals import Goal
from magadvise.rules.model_intake import Food, Intake
from magadvise.rules.model_medicines import Medication, MedicationClass
from magadvise.rules.names import combination_key, entry_names, normalize

T = TypeVar("T")


class Section(Generic[T]):
    """An id-keyed section whose typed entries are built only when asked for.

    ``raw`` may be any mapping (the parse cache passes one that reads shards on demand) and
    ``names`` a ready-made name index (the cache stores it), built from ``raw`` when omitted.
    """

    def __init__(
        self,
        raw: Mapping[str, Any],
        build: Callable[[str, dict[str, Any]], T],
        names: Mapping[str, str] | None = None,
    ) -> None:
        self._raw = raw
        self._build = build
        self._built: dict[str, T] = {}
        if names is not None:
            self.__dict__["names"] = names  # seeds the cached property below

    def get(self, id: str) -> T | None:
        """The entry with this id, or None."""
        entry = self._built.get(id)
        if entry is None and id in self._raw:
            entry = self._built[id] = self._build(id, self._raw[id])
        return entry

    def __getitem__(self, id: str) -> T:
        entry = self.get(id)
        if entry is None:
            raise KeyError(id)
        return entry

    def raw(self, id: str) -> Any:
        """The entry's raw (validated) data, without building it; None for an unknown id."""
        return self._raw.get(id)

    def __contains__(self, id: object) -> bool:
        return id in self._raw

    def __iter__(self) -> Iterator[T]:
        for id in self._raw:
            yield self[id]

    def __len__(self) -> int:
        return len(self._raw)

    def ids(self) -> list[str]:
        """Ids in file order."""
        return list(self._raw)

    @cached_property
    def names(self) -> Mapping[str, str]:
        """Normalized name (id, display name, brand, alias) -> id."""
        index: dict[str, str] = {}
        for id, raw in self._raw.items():
            for name in entry_names(id, raw):
                index.setdefault(normalize(name), id)
        return index

    def find(self, name: str) -> T | None:
        """The entry answering to ``name`` (any case, spacing or alias), or None."""
        id = self.names.get(normalize(name))
        return None if id is None else self[id]


class Rules:
    """The validated rules: sources, formulations, goals, classes, medications, conditions."""

    def __init__(
        self,
        data: dict[str, Any],
        origin: str,
        origins: dict[str, str] | None = None,
        names: Mapping[str, Mapping[str, str]] | None = None,
        combinations: Mapping[str, str] | None = None,
        rxnorm_codes: Mapping[str, str] | None = None,
    ) -> None:
        """``names``: ready-made name indexes by section key (from the parse cache), if any.

        ``combinations``: ``combination_key`` of a product's ingredient ids -> product id (the
        first in file order); ``rxnorm_codes``: RxNorm ingredient code (RxCUI) -> medication id.
        Both are built on the validation pass (``validate._check_medicines``) or read from the
        parse cache; empty when the rules have no medicines.
        """
        self.combinations: Mapping[str, str] = {} if combinations is None else combinations
        self.rxnorm_codes: Mapping[str, str] = {} if rxnorm_codes is None else rxnorm_codes
        self.data = data
        self.origin = origin
        self.origins = origins or {}
        known = names or {}

        def section(key: str, build: Callable[[str, dict[str, Any]], T]) -> Section[T]:
            return Section(data.get(key, {}), build, known.get(key))

        self.sources: Section[Source] = section("sources", Source.from_raw)
        self.formulations: Section[Formulation] = section("formulations", Formulation.from_raw)
        self.goals: Section[Goal] = section("goals", Goal.from_raw)
        self.classes: Section[MedicationClass] = section(
            "medication_classes", MedicationClass.from_raw
        )
        self.medications: Section[Medication] = section("medications", Medication.from_raw)
        self.conditions: Section[Condition] = section("conditions", Condition.from_raw)
        self.foods: Section[Food] = section("foods", Food.from_raw)

    @cached_property
    def intake(self) -> Intake | None:
        """Recommended intakes and the supplement upper level, or None if the file has none."""
        raw = self.data.get("intake")
        return None if raw is None else Intake.from_raw(raw)

    def combination(self, ingredients: Iterable[str]) -> str | None:
        """The id of the product combining exactly these ingredient ids, or None."""
        return self.combinations.get(combination_key(ingredients))

    def origin_of(self, section: str, id: str) -> str:
        """Which file an entry came from (for layered rules)."""
        return self.origins.get(f"{section}/{id}", self.origin)
