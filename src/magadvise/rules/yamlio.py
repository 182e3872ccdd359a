"""Read YAML safely: libyaml when present, duplicate keys reported, aliases and depth bounded."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from magadvise.rules.schema import Path

try:
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - libyaml missing
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

MAX_DEPTH = 64
MAX_EXPANDED_NODES = 2_000_000
_MERGE = "tag:yaml.org,2002:merge"


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


class _Loader(_BaseLoader):
    """A safe loader that records duplicate keys instead of silently keeping the last."""

    duplicates: list[Located]


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    written = sum(1 for key_node, _ in node.value if key_node.tag != _MERGE)
    loader.flatten_mapping(node)
    inherited = len(node.value) - written  # pairs from ``<<: *anchor``, which keys may override
    mapping: dict[Any, Any] = {}
    seen: dict[Any, yaml.Node] = {}
    for position, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise YamlReadError(
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
                "a mapping key must be text, not a list or mapping",
            ) from None
        if position < inherited:
            mapping[key] = loader.construct_object(value_node, deep=True)
            continue
        if key in seen:
            first = seen[key].start_mark.line + 1
            loader.duplicates.append(
                Located(
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                    f"duplicate key '{key}' (first defined on line {first}); "
                    "YAML would silently keep only the last one",
                )
            )
        seen[key] = key_node
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


@dataclass
class Parsed:
    """A parsed YAML document with its node tree, for locating paths later."""

    data: Any
    root: yaml.Node | None
    duplicates: list[Located]
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


def _index_nodes(root: yaml.Node) -> dict[Path, yaml.Node]:
    """Map each path to the node that starts it: the key node for mapping entries."""
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
                    child = (*path, key_node.value)
                    index.setdefault(child, key_node)
                    stack.append((child, value_node))
        elif isinstance(node, yaml.SequenceNode):
            for position, item in enumerate(node.value):
                child = (*path, position)
                index.setdefault(child, item)
                stack.append((child, item))
    return index


def parse(text: str) -> Parsed:
    """Parse one YAML document; raise YamlReadError with a position if it cannot be used."""
    loader = _Loader(text)
    loader.duplicates = []
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
    finally:
        loader.dispose()
    _check_expansion(data)
    return Parsed(data, root, loader.duplicates)


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
