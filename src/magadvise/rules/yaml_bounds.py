"""Bounds on a YAML document's size and nesting: top-level keys, depth, alias expansion."""

from __future__ import annotations

import re
from typing import Any

from magadvise.rules.yaml_problem import YamlReadError

MAX_DEPTH = 64
MAX_EXPANDED_NODES = 2_000_000
# Where an anchor (&name) could start a node: never right after a letter or digit. Text that
# merely might hold one ("see &c") only costs the full alias check.
_ANCHOR = re.compile(r"&(?<![\w&*]&)[^\s,\[\]{}]")
# A rules file has a dozen top-level sections. A big file with thousands of top-level keys
# is refused before parsing: a million of them would take a gigabyte and a minute to parse.
MAX_TOP_KEYS = 1000
_TOP_KEY = re.compile(r"^[^\s#\-\[\]{}][^\n]*?:(?:\s|$)", re.MULTILINE)


def refuse_many_keys(text: str) -> None:
    """YamlReadError for a big text with more than MAX_TOP_KEYS top-level keys (before parsing)."""
    if len(text) > 1 << 20:  # only a big file can hold that many keys
        count = len(_TOP_KEY.findall(text))
        if count > MAX_TOP_KEYS:
            raise YamlReadError(
                None,
                None,
                f"{count:,} top-level keys; a rules file has a dozen sections "
                "(sources, formulations, goals, medications, ...): refusing to read it",
            )


def check_aliases(text: str, data: Any) -> None:
    """YamlReadError if the parsed ``data`` of ``text`` expands too far through its aliases."""
    if _ANCHOR.search(text) is not None:  # without an anchor no alias expands anything, and
        _check_expansion(data)  # the depth was bounded while constructing


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
