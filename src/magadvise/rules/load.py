"""Load the rules to use: from the parse cache, else read in layers, validated, and cached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from magadvise.errors import RulesError
from magadvise.rules.nameindex import in_memory
from magadvise.rules.ruleset import Rules
from magadvise.rules.rulesfile import resolve_path

if TYPE_CHECKING:  # the schema is imported only when a file is validated, never on a cache hit
    from magadvise.rules.validate import NameMaps

_kept: list[object] = []  # parsed documents left for the exit to free (see load_rules)


def load_rules(
    option: str | None = None, use_cache: bool = True, ends_with_exit: bool = False
) -> Rules:
    """The validated rules to use, or RulesError naming every problem.

    With ``use_cache``, rules validated before are read from the parse cache when every
    layer's content still matches (no YAML, no validation); otherwise they are parsed,
    validated and cached for next time.

    ``ends_with_exit``: the process ends with ``os._exit`` once its command is done (the
    console script). The parsed documents' node trees are then kept, not freed one object at
    a time (~0.2 s at 100,000 medicines), and what is alive after the parse is frozen out of
    the cycle collector's scans (``gc.freeze``), so keeping them costs nothing later.
    """
    path = resolve_path(option)
    if use_cache:
        from magadvise.rules import cache

        cached = cache.read(path, option)
        if cached is not None:
            return cached
    import gc

    # Parsing builds a million short-lived objects and no cycles: the cycle collector would
    # only rescan them, over and over (3x slower on a 20,000-medicine file).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from magadvise.rules import layers as reading
        from magadvise.rules.problems import check

        layers = reading.read_layers(path)
        names: NameMaps = {}
        indexes: dict[str, dict[str, str]] = {}
        data, owners, problems = check(layers, names, indexes)
        if problems:
            raise RulesError(problems)
        origins = {key: layers[number].name for key, number in owners.items()}
        index = {key: in_memory(*found) for key, found in names.items() if key == "medications"}
        rules = Rules(
            data,
            str(path),
            origins,
            index,
            indexes.get("combinations"),
            indexes.get("rxnorm_codes"),
        )
        if ends_with_exit:
            _kept[:] = [layers]  # freed by the operating system at exit
        if use_cache:
            stamped = [(layer.name, layer.raw, layer.stamp, layer.checked) for layer in layers]
            del layers  # the node trees, unless kept: the writer needs only the data
            cache.write(path, stamped, rules)
    finally:
        if collecting:
            if ends_with_exit:
                gc.freeze()
            gc.enable()
    return rules
