"""Records behave as the named tuples they are typed as (fields, defaults, _replace, errors)."""

from __future__ import annotations

import pytest

from magadvise.record import Record


class Dose(Record):
    """A test record."""

    min_mg: float
    max_mg: float
    unit: str = "mg"

    @property
    def span(self) -> float:
        return self.max_mg - self.min_mg


def test_fields_defaults_and_methods() -> None:
    dose = Dose(100, max_mg=300)
    assert (dose.min_mg, dose.max_mg, dose.unit, dose.span) == (100, 300, "mg", 200)
    assert tuple(dose) == (100, 300, "mg")
    assert hash(dose) == hash((100, 300, "mg"))
    assert Dose._fields == ("min_mg", "max_mg", "unit")
    assert Dose._field_defaults == {"unit": "mg"}
    assert dose._asdict() == {"min_mg": 100, "max_mg": 300, "unit": "mg"}
    assert repr(dose) == "Dose(min_mg=100, max_mg=300, unit='mg')"
    assert Dose._make([1, 2, "g"]).unit == "g"
    min_mg, max_mg, unit = dose
    assert (min_mg, max_mg, unit) == (100, 300, "mg")


def test_replace_makes_a_new_record() -> None:
    dose = Dose(100, 300)
    changed = dose._replace(max_mg=350)
    assert type(changed) is Dose and changed.max_mg == 350 and dose.max_mg == 300
    with pytest.raises(TypeError, match="unexpected"):
        dose._replace(nope=1)  # type: ignore[call-arg]


def test_records_are_immutable() -> None:
    dose = Dose(100, 300)
    with pytest.raises(AttributeError):
        dose.min_mg = 5  # type: ignore[misc]
    with pytest.raises(AttributeError):
        dose.other = 5  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [((1,), {}, "missing field 'max_mg'"), ((1, 2, "g", 4), {}, "takes 3 fields"),
     ((1, 2), {"dose": 3}, "unexpected fields"), ((), {"max_mg": 2}, "missing field 'min_mg'")],
)  # fmt: skip
def test_wrong_arguments_are_type_errors(
    args: tuple[object, ...], kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        Dose(*args, **kwargs)  # type: ignore[arg-type]


def test_a_field_without_default_after_one_with_is_refused() -> None:
    with pytest.raises(TypeError, match="without a default follows"):

        class Bad(Record):
            first: int = 0
            second: int  # type: ignore[misc]


def test_a_subclass_keeps_the_fields_as_a_named_tuple_does() -> None:
    class Labelled(Dose):
        """Adds a method, not fields."""

        def label(self) -> str:
            return f"{self.min_mg}-{self.max_mg} {self.unit}"

    dose = Labelled(100, 300)
    assert (dose.min_mg, dose.max_mg, dose.unit) == (100, 300, "mg")
    assert Labelled._fields == Dose._fields and dose.label() == "100-300 mg"
    assert dose._replace(unit="g").label() == "100-300 g"
    with pytest.raises(AttributeError):
        dose.other = 5  # type: ignore[attr-defined]


def test_a_subclass_cannot_add_fields() -> None:
    with pytest.raises(TypeError, match="cannot add fields"):

        class Wider(Dose):
            extra: int = 0
