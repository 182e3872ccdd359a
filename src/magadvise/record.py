"""Immutable records: ``typing.NamedTuple`` to the type checker, built without compiling code.

``typing.NamedTuple`` compiles every field's annotation (a ``ForwardRef`` for each, under
postponed annotations) and a generated ``__new__`` for each class: about 0.2 ms a class, and a
warm ``cautions`` defines some thirty-five of them, about 7 ms on every run and every TAB. A
:class:`Record` is the same thing at run time, a tuple subclass with one read-only property per
field, ``_fields``, ``_field_defaults``, ``_replace``, ``_asdict`` and ``_make``, defined without
compiling anything (a few microseconds a class). Type checkers see ``typing.NamedTuple`` itself,
so fields, defaults and ``_replace`` are checked as for any named tuple.

Use it as ``NamedTuple`` is used::

    class Dose(Record):
        min_mg: float
        max_mg: float
        unit: str = "mg"

Fields are the class's annotated names, in order; a field with a value in the class body has that
default; fields without a default cannot follow one with a default (TypeError). Methods and
properties are kept. Instances compare, hash and unpack as tuples.
"""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any, ClassVar

__all__ = ["Record"]

if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:

    class _RecordType(type):
        """Turns a class body's annotated names into tuple fields."""

        def __new__(
            mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]
        ) -> _RecordType:
            if namespace.get("__module__") == __name__ and name == "Record":
                return super().__new__(mcls, name, bases, namespace)
            if any(base is not Record and isinstance(base, _RecordType) for base in bases):
                # A subclass of a record keeps its fields, as for typing.NamedTuple
                if namespace.get("__annotations__"):
                    raise TypeError(f"{name}: a record's subclass cannot add fields")
                namespace.setdefault("__slots__", ())
                return super().__new__(mcls, name, bases, namespace)
            fields = tuple(namespace.get("__annotations__", {}))
            defaults: dict[str, Any] = {}
            for field in fields:
                if field.startswith("_"):
                    raise TypeError(f"{name}: a field name cannot start with '_': {field!r}")
                if field in namespace:
                    defaults[field] = namespace.pop(field)
                elif defaults:
                    raise TypeError(
                        f"{name}: field {field!r} without a default follows one with a default"
                    )
            for number, field in enumerate(fields):
                namespace[field] = property(itemgetter(number), doc=f"Field {number}: {field}")
            namespace.update(
                __slots__=(),
                _fields=fields,
                _field_defaults=defaults,
                __match_args__=fields,
            )
            return super().__new__(mcls, name, bases, namespace)

    class Record(tuple, metaclass=_RecordType):
        """The base of every record (see the module's docstring)."""

        __slots__ = ()
        _fields: ClassVar[tuple[str, ...]] = ()
        _field_defaults: ClassVar[dict[str, Any]] = {}

        def __new__(cls, *args: Any, **kwargs: Any) -> Any:
            fields = cls._fields
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} fields, got {len(args)}")
            values = list(args)
            for field in fields[len(args) :]:
                if field in kwargs:
                    values.append(kwargs.pop(field))
                elif field in cls._field_defaults:
                    values.append(cls._field_defaults[field])
                else:
                    raise TypeError(f"{cls.__name__}() missing field {field!r}")
            if kwargs:
                raise TypeError(f"{cls.__name__}() got unexpected fields {sorted(kwargs)}")
            return tuple.__new__(cls, values)

        @classmethod
        def _make(cls, iterable: Any) -> Any:
            values = tuple.__new__(cls, iterable)
            if len(values) != len(cls._fields):
                raise TypeError(f"{cls.__name__}: expected {len(cls._fields)} values")
            return values

        def _replace(self, **changes: Any) -> Any:
            values = [
                changes.pop(field, value) for field, value in zip(self._fields, self, strict=True)
            ]
            if changes:
                raise TypeError(f"{type(self).__name__}: unexpected fields {sorted(changes)}")
            return tuple.__new__(type(self), values)

        def _asdict(self) -> dict[str, Any]:
            return dict(zip(self._fields, self, strict=True))

        def __getnewargs__(self) -> tuple[Any, ...]:
            return tuple(self)

        def __repr__(self) -> str:
            shown = ", ".join(
                f"{field}={value!r}" for field, value in zip(self._fields, self, strict=True)
            )
            return f"{type(self).__name__}({shown})"
