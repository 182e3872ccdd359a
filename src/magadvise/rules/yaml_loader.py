"""The YAML loader: libyaml when present, duplicate keys and surprising numbers noted.

Every value YAML types but cannot build is a YamlReadError at its node; a number written in a
YAML 1.1 form other readers read differently is noted as a Located problem.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from magadvise.rules.yaml_bounds import MAX_DEPTH
from magadvise.rules.yaml_problem import Located, YamlReadError
from magadvise.rules.yaml_where import Shadowed

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_READ_PROBLEMS = 200  # beyond this, problems found while reading are only counted
_MERGE = "tag:yaml.org,2002:merge"
_STR = "tag:yaml.org,2002:str"
_TAG = "tag:yaml.org,2002:"
_PLAIN_NUMBER = re.compile(r"[-+]?(0|[1-9][0-9]*|[0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")


class Loader(_BaseLoader):
    """A safe loader that records duplicate keys instead of silently keeping the last."""

    duplicates: list[Located]
    unreported: int
    shadowed: list[Shadowed]
    depth: int  # containers open while constructing: the nesting is bounded on the way

    def enter(self) -> None:
        """One level deeper; YamlReadError past MAX_DEPTH (the root mapping is level 0)."""
        self.depth += 1
        if self.depth > MAX_DEPTH + 1:
            raise YamlReadError(None, None, f"nested deeper than {MAX_DEPTH} levels")

    def note(self, node: yaml.Node, message: str) -> None:
        """Record a problem at ``node``; past MAX_READ_PROBLEMS only count it."""
        if len(self.duplicates) >= MAX_READ_PROBLEMS:
            self.unreported += 1
            return
        mark = node.start_mark
        self.duplicates.append(Located(mark.line + 1, mark.column + 1, message))


def _typed_scalar(loader: Loader, node: yaml.ScalarNode) -> Any:
    """An int, float, bool or date, or YamlReadError at the node saying why it cannot be built."""
    build = _BUILDERS[node.tag]
    try:
        value = build(loader, node)
    except Exception as exc:  # ValueError, KeyError, IndexError, AttributeError, ...
        raise YamlReadError(
            node.start_mark.line + 1, node.start_mark.column + 1, _unbuildable(node, exc)
        ) from None
    number = node.tag in (_TAG + "int", _TAG + "float") and not node.style
    if number and not _PLAIN_NUMBER.fullmatch(node.value):
        loader.note(node, _surprise(node.value, value))
    return value


def _unbuildable(node: yaml.ScalarNode, exc: Exception) -> str:
    kind = node.tag.removeprefix(_TAG)
    shown = node.value if len(node.value) <= 40 else node.value[:40] + "..."
    reason = str(exc) if isinstance(exc, ValueError) else ""
    if kind == "timestamp":
        return (
            f"'{shown}' looks like a date to YAML but is not a real one ({reason or 'no date'}): "
            "fix the date, or put it in quotes if it is text"
        )
    noun = _NOUN.get(kind, kind)
    why = " (more digits than the 4,300 Python converts)" if "digits" in reason else ""
    if node.tag != _implicit_tag(node.value):
        return f"'{shown}' is tagged !!{kind} but is not {noun}{why}: remove the tag"
    return f"YAML reads '{shown}' as {noun}, but it is not a valid one{why}: quote it if it is text"


_NOUN = {"int": "a whole number", "float": "a number", "bool": "true/false", "binary": "binary"}


def _implicit_tag(text: str) -> str:
    resolver: Any = yaml.resolver.Resolver()
    return str(resolver.resolve(yaml.ScalarNode, text, (True, False)))


def _surprise(text: str, value: Any) -> str:
    """Why a number written this way is a trap, and what to write instead."""
    plain = text.replace("_", "").lstrip("+-").lower()
    if value != value or value in (float("inf"), float("-inf")):
        what = "not-a-number" if value != value else "infinity"
        return f"YAML 1.1 reads {text} as {what}: write a number, or quote it if it is text"
    if ":" in plain:
        why = "base 60"
    elif plain.startswith(("0x", "0b")):
        why = "hexadecimal" if plain.startswith("0x") else "binary"
    elif plain.startswith("0") and plain[1:2].isdigit():
        why = "octal"
    else:
        why = "underscores are dropped"
    return (
        f"YAML 1.1 reads {text} as the number {value} ({why}), other YAML readers do not: "
        f"write {value} plainly, or quote it if it is text"
    )


def _construct_mapping(loader: Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    loader.enter()
    written = sum(1 for key_node, _ in node.value if key_node.tag != _MERGE)
    loader.flatten_mapping(node)
    inherited = len(node.value) - written  # pairs from ``<<: *anchor``, which keys may override
    mapping: dict[Any, Any] = {}
    seen: dict[Any, tuple[yaml.Node, yaml.Node]] = {}
    for position, (key_node, value_node) in enumerate(node.value):
        key = _value(loader, key_node)
        try:
            hash(key)
        except TypeError:
            raise YamlReadError(
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
                "a mapping key must be text, not a list or mapping",
            ) from None
        if position < inherited:
            mapping[key] = _value(loader, value_node)
            continue
        if key in seen:
            first_key, first_value = seen[key]
            loader.note(
                key_node,
                f"duplicate key '{key}' (first defined on line {first_key.start_mark.line + 1}); "
                "YAML would silently keep only the last one",
            )
            if len(loader.shadowed) < MAX_READ_PROBLEMS:
                shadow = Shadowed(node, key, first_key, first_value, mapping[key])
                loader.shadowed.append(shadow)
        seen[key] = (key_node, value_node)
        mapping[key] = _value(loader, value_node)
    loader.depth -= 1
    return mapping


def _value(loader: Loader, node: yaml.Node) -> Any:
    """A node's value: text as it stands (most of a rules file, and what PyYAML's own
    constructor would return, in a fraction of the calls), anything else through PyYAML."""
    if node.tag == _STR and node.__class__ is yaml.ScalarNode:
        return node.value
    return loader.construct_object(node, deep=True)


def _construct_sequence(loader: Loader, node: yaml.Node) -> list[Any]:
    if not isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)  # type: ignore[arg-type]  # raises, located
    loader.enter()
    items = [_value(loader, child) for child in node.value]
    loader.depth -= 1
    return items


Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_BUILDERS = {
    _TAG + kind: getattr(_BaseLoader, f"construct_yaml_{kind}")
    for kind in ("int", "float", "bool", "timestamp", "binary")
}
for _tag in _BUILDERS:
    Loader.add_constructor(_tag, _typed_scalar)
