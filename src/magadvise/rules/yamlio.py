"""Read YAML safely: libyaml when present, duplicate keys reported, aliases and depth bounded.

Every value YAML types but cannot build (``2024-02-30``, ``!!int "abc"``, ``0x_``, an integer
over Python's digit limit) is a located problem, and so is a number written in a YAML 1.1
form other readers (editors, YAML 1.2) read differently: octal ``017``, ``0x1F``, ``0b101``,
base 60 ``1:30``, ``1_000``, ``.inf``, ``.nan``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from magadvise.rules.context import Path

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_DEPTH = 64
MAX_EXPANDED_NODES = 2_000_000
MAX_READ_PROBLEMS = 200  # beyond this, problems found while reading are only counted
_MERGE = "tag:yaml.org,2002:merge"
_STR = "tag:yaml.org,2002:str"
# Where an anchor (&name) could start a node: never right after a letter or digit. Text that
# merely might hold one ("see &c") only costs the full alias check.
_ANCHOR = re.compile(r"&(?<![\w&*]&)[^\s,\[\]{}]")
_TAG = "tag:yaml.org,2002:"
# A rules file has a dozen top-level sections. A big file with thousands of top-level keys
# is refused before parsing: a million of them would take a gigabyte and a minute to parse.
MAX_TOP_KEYS = 1000
_TOP_KEY = re.compile(r"^[^\s#\-\[\]{}][^\n]*?:(?:\s|$)", re.MULTILINE)
_PLAIN_NUMBER = re.compile(r"[-+]?(0|[1-9][0-9]*|[0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")


@dataclass(frozen=True)
class Located:
    """A problem found while reading, at a 1-based line and column."""

    line: int
    column: int
    message: str


class YamlReadError(Exception):
    """The text is not usable YAML; carries the position of the first fault."""

    def __init__(self, line: int | None, column: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass(frozen=True)
class Shadowed:
    """An entry a duplicate key hides: validated too, so its problems show at once."""

    parent: yaml.MappingNode
    key: Any
    key_node: yaml.Node
    value_node: yaml.Node
    value: Any


class _Loader(_BaseLoader):
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


def _typed_scalar(loader: _Loader, node: yaml.ScalarNode) -> Any:
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


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
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


def _value(loader: _Loader, node: yaml.Node) -> Any:
    """A node's value: text as it stands (most of a rules file, and what PyYAML's own
    constructor would return, in a fraction of the calls), anything else through PyYAML."""
    if node.tag == _STR and node.__class__ is yaml.ScalarNode:
        return node.value
    return loader.construct_object(node, deep=True)


def _construct_sequence(loader: _Loader, node: yaml.Node) -> list[Any]:
    if not isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)  # type: ignore[arg-type]  # raises, located
    loader.enter()
    items = [_value(loader, child) for child in node.value]
    loader.depth -= 1
    return items


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)
_BUILDERS = {
    _TAG + kind: getattr(_BaseLoader, f"construct_yaml_{kind}")
    for kind in ("int", "float", "bool", "timestamp", "binary")
}
for _tag in _BUILDERS:
    _Loader.add_constructor(_tag, _typed_scalar)


@dataclass
class Parsed:
    """A parsed YAML document with its node tree, for locating paths later."""

    data: Any
    root: yaml.Node | None
    duplicates: list[Located]  # every problem found while reading: duplicate keys, numbers
    unreported: int = 0  # problems found while reading beyond MAX_READ_PROBLEMS
    shadowed: list[Shadowed] = field(default_factory=list)
    _index: dict[Path, yaml.Node] | None = field(default=None, repr=False)

    def locate(self, path: Path) -> tuple[int, int] | None:
        """The 1-based (line, column) of the key or item at ``path``, or of its nearest parent."""
        if self.root is None:
            return None
        if self._index is None:
            self._index = _index_nodes(self.root)
        for end in range(len(path), -1, -1):
            node = self._index.get(path[:end])
            if node is not None:
                return node.start_mark.line + 1, node.start_mark.column + 1
        return None

    def hidden(self) -> Iterator[tuple[Path, Shadowed]]:
        """Each entry hidden by a duplicate key, with the path it would have had."""
        if not self.shadowed or self.root is None:
            return
        paths = {id(node): path for path, node in _index_nodes(self.root, values=True).items()}
        for shadow in self.shadowed:
            parent = paths.get(id(shadow.parent))
            if parent is not None and isinstance(shadow.key, str):
                yield (*parent, shadow.key), shadow

    @staticmethod
    def locate_within(shadow: Shadowed, relative: Path) -> tuple[int, int]:
        """The (line, column) of ``relative`` inside a hidden entry, or of the nearest parent."""
        index = _index_nodes(shadow.value_node)
        for end in range(len(relative), 0, -1):
            node = index.get(relative[:end])
            if node is not None:
                return node.start_mark.line + 1, node.start_mark.column + 1
        mark = shadow.key_node.start_mark
        return mark.line + 1, mark.column + 1


def _index_nodes(root: yaml.Node, values: bool = False) -> dict[Path, yaml.Node]:
    """Map each path to the node that starts it: the key node for mapping entries.

    With ``values``, map each path to its value node instead (to find where a node sits).
    """
    index: dict[Path, yaml.Node] = {(): root}
    stack: list[tuple[Path, yaml.Node]] = [((), root)]
    seen: set[int] = set()
    while stack:
        path, node = stack.pop()
        if id(node) in seen or len(path) > MAX_DEPTH:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    child = (*path, key_node.value)  # a duplicate key: the last one counts
                    index[child] = value_node if values else key_node
                    stack.append((child, value_node))
        elif isinstance(node, yaml.SequenceNode):
            for position, item in enumerate(node.value):
                child = (*path, position)
                index.setdefault(child, item)
                stack.append((child, item))
    return index


def parse(text: str) -> Parsed:
    """Parse one YAML document; raise YamlReadError with a position if it cannot be used."""
    if len(text) > 1 << 20:  # only a big file can hold that many keys
        count = len(_TOP_KEY.findall(text))
        if count > MAX_TOP_KEYS:
            raise YamlReadError(
                None,
                None,
                f"{count:,} top-level keys; a rules file has a dozen sections "
                "(sources, formulations, goals, medications, ...): refusing to read it",
            )
    loader = _Loader(text)
    loader.duplicates = []
    loader.unreported = 0
    loader.shadowed = []
    loader.depth = 0
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise YamlReadError(line, column, _explain(exc, text)) from None
    except yaml.YAMLError as exc:
        raise YamlReadError(None, None, f"YAML: {exc}") from None
    except RecursionError:
        raise YamlReadError(None, None, f"nested deeper than {MAX_DEPTH} levels") from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        raise YamlReadError(None, None, f"a value cannot be read: {exc}") from None
    finally:
        loader.dispose()
    if _ANCHOR.search(text) is not None:  # without an anchor no alias expands anything, and
        _check_expansion(data)  # the depth was bounded while constructing
    return Parsed(data, root, loader.duplicates, loader.unreported, loader.shadowed)


def _explain(exc: yaml.MarkedYAMLError, text: str) -> str:
    """PyYAML's complaint, reworded to say what to do where we can."""
    problem = exc.problem or exc.context or "not valid YAML"
    mark = exc.problem_mark
    here = text[mark.index] if mark is not None and 0 <= mark.index < len(text) else ""
    if problem.startswith("could not determine a constructor for the tag"):
        tag = problem.split("'")[1] if problem.count("'") >= 2 else "?"
        tag = tag.replace("tag:yaml.org,2002:", "!!")
        return (
            f"unsupported tag '{tag}': a rules file holds plain text, numbers, lists "
            "and mappings; remove the tag"
        )
    if "recursive" in problem:
        return "an alias (*ref) refers to itself: recursive structures are not allowed"
    if "maximum nesting depth" in problem:
        return "nested too deeply: a rules file needs only a few levels"
    if problem == "but found another document":
        return "a second YAML document ('---'): a rules file is a single document"
    if here == "\t":
        return "YAML syntax: a tab character here; YAML indentation must use spaces"
    if problem == "found undefined alias":
        return "YAML syntax: an alias (*name) used before any anchor (&name) defines it"
    context, start = exc.context, exc.context_mark
    if context and context.startswith("while ") and start is not None:
        return f"YAML syntax: {problem} ({context} that starts on line {start.line + 1})"
    return f"YAML syntax: {problem}"


def _check_expansion(data: Any) -> None:
    """Refuse documents whose aliases expand too far or refer to themselves ("billion laughs")."""
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[Any, int, bool]] = [(data, 0, False)]
    while stack:
        value, depth, done = stack.pop()
        if not isinstance(value, list | dict):
            continue
        key = id(value)
        if done:
            active.discard(key)
            children = value.values() if isinstance(value, dict) else value
            total = 1 + sum(sizes.get(id(c), 1) for c in children)
            if total > MAX_EXPANDED_NODES:
                raise YamlReadError(
                    None,
                    None,
                    f"the document expands to more than {MAX_EXPANDED_NODES:,} values "
                    "through aliases (*refs): refusing it",
                )
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in active:
            raise YamlReadError(
                None, None, "an alias (*ref) refers to itself: recursive structures are not allowed"
            )
        if depth > MAX_DEPTH:
            raise YamlReadError(None, None, f"nested deeper than {MAX_DEPTH} levels")
        active.add(key)
        stack.append((value, depth, True))
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1, False) for child in children)
