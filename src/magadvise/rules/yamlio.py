"""Read YAML safely: libyaml when present, duplicate keys reported, aliases and depth bounded.

Every value YAML types but cannot build (``2024-02-30``, ``!!int "abc"``, ``0x_``, an integer
over Python's digit limit) is a located problem, and so is a number written in a YAML 1.1
form other readers (editors, YAML 1.2) read differently: octal ``017``, ``0x1F``, ``0b101``,
base 60 ``1:30``, ``1_000``, ``.inf``, ``.nan``.

``parse`` is the one entry point. The loader is in ``yaml_loader``, the bounds on size and
nesting in ``yaml_bounds``, locating paths by line and column in ``yaml_where``, and the
problems it raises or keeps in ``yaml_problem``.
"""

from __future__ import annotations

import yaml

from magadvise.rules.yaml_bounds import MAX_DEPTH, check_aliases, refuse_many_keys
from magadvise.rules.yaml_loader import Loader
from magadvise.rules.yaml_problem import YamlReadError
from magadvise.rules.yaml_where import Parsed


def parse(text: str) -> Parsed:
    """Parse one YAML document; raise YamlReadError with a position if it cannot be used."""
    refuse_many_keys(text)
    loader = Loader(text)
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
    check_aliases(text, data)
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
