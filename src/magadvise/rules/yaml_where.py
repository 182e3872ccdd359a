"""Where a path is in a parsed YAML document: line and column, also inside hidden entries."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from magadvise.rules.context import Path
from magadvise.rules.yaml_bounds import MAX_DEPTH
from magadvise.rules.yaml_problem import Located


@dataclass(frozen=True)
class Shadowed:
    """An entry a duplicate key hides: validated too, so its problems show at once."""

    parent: yaml.MappingNode
    key: Any
    key_node: yaml.Node
    value_node: yaml.Node
    value: Any


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
