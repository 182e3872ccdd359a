"""Find, read, layer and validate a rules file; every failure becomes a located Problem."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any

from magadvise.errors import Problem, Problems, RulesError, UsageError
from magadvise.record import Record
from magadvise.rules.nameindex import in_memory
from magadvise.rules.ruleset import Rules

if TYPE_CHECKING:  # the schema is imported only when a file is validated, never on a cache hit
    from magadvise.rules.context import Path
    from magadvise.rules.validate import NameMaps

# 16 MiB holds ~150,000 medicines; parsing needs about 70 times the file size in memory.
MAX_BYTES = 16 * 1024 * 1024
MAX_LAYERS = 8
DEFAULT = "default"
ENV_RULES = "MAGADVISE_RULES"


def shipped_rules() -> FsPath:
    """The rules file inside the installed package."""
    import magadvise

    # What importlib.resources answers for a package in a folder, without its ~5 ms import.
    folders = list(getattr(magadvise.__spec__, "submodule_search_locations", None) or ())
    if len(folders) == 1:
        candidate = FsPath(folders[0], "data", "rules.yaml")
        if candidate.is_file():
            return candidate
    from importlib.resources import files  # zipped or unusual installs

    return FsPath(str(files("magadvise").joinpath("data", "rules.yaml")))


def resolve_path(option: str | None) -> FsPath:
    """The rules file to use: ``--rules``, else ``$MAGADVISE_RULES``, else the shipped one.

    An empty ``--rules ""`` (a variable that was not set, say) is a UsageError: it must not
    quietly mean the shipped rules when the user asked for a file of their own. An empty
    ``$MAGADVISE_RULES`` counts as unset, as shells treat it.
    """
    if option is not None and not option.strip():
        raise UsageError("--rules: the path is empty; give a rules file, or leave --rules out")
    chosen = option or os.environ.get(ENV_RULES) or ""
    return shipped_rules() if chosen in ("", DEFAULT) else FsPath(chosen)


def read_bytes(path: FsPath) -> bytes:
    """The file's bytes, refusing what cannot be a rules file before parsing it."""
    name = str(path)

    def fail(message: str) -> RulesError:
        return RulesError([Problem(name, None, None, message)])

    try:
        if path.is_dir():
            raise fail("is a directory, not a rules file")
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise fail("is not a regular file (a device, pipe or socket): save the rules to a file")
        size = status.st_size
        if size > MAX_BYTES:
            raise fail(f"file is {size:,} bytes; rules files are limited to {MAX_BYTES:,} bytes")
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise fail("no such file") from None
    except PermissionError:
        raise fail("permission denied: cannot read the file") from None
    except OSError as exc:
        raise fail(f"cannot read the file: {exc.strerror or exc}") from None
    except ValueError:  # a NUL character in the name, e.g. from an 'extends' value
        raise fail("not a usable file name (it contains a NUL character)") from None
    if len(raw) > MAX_BYTES:
        raise fail(f"file is larger than the {MAX_BYTES:,}-byte limit for rules files")
    return raw


def decode(raw: bytes, name: str) -> str:
    """UTF-8 text, or a located problem for binary or mis-encoded bytes."""
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise RulesError(
            [Problem(name, line, None, "binary data (NUL byte): not a YAML text file")]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}): save the file as UTF-8"
        raise RulesError([Problem(name, line, column, message)]) from None
    if not text.strip():
        raise RulesError([Problem(name, None, None, "the file is empty")])
    return text


class Layer(Record):
    """One parsed file of a (possibly layered) rules document.

    ``stamp`` is the file's status taken just before its bytes were read, at ``checked`` (ns):
    the parse cache compares it instead of hashing the file again.
    """

    name: str
    raw: bytes
    parsed: Any
    stamp: list[int]
    checked: int = 0


def read_layers(path: FsPath) -> list[Layer]:
    """The file and every file it extends, base first."""
    from magadvise.rules import yamlio
    from magadvise.rules.wording import describe
    from magadvise.rules.yaml_problem import YamlReadError

    layers: list[Layer] = []
    seen: set[str] = set()
    current: FsPath | None = path
    via: Layer | None = None  # the layer whose 'extends' led to ``current``
    while current is not None:
        name = str(current)
        if "\x00" in name:
            raise RulesError(
                [_at(via, name, "extends: a file name cannot contain a NUL character")]
            )
        key = os.path.realpath(name)
        if key in seen:
            raise RulesError([_at(via, name, f"'extends' forms a loop: {name} is already a layer")])
        if len(layers) >= MAX_LAYERS:
            raise RulesError([_at(via, name, f"more than {MAX_LAYERS} layers of 'extends'")])
        seen.add(key)
        try:
            checked, recorded = time.time_ns(), _stamp(name)
            raw = read_bytes(current)
        except RulesError as exc:
            if via is None:
                raise
            reason = exc.problems[0].message if exc.problems else "cannot be read"
            raise RulesError([_at(via, name, f"extends: {name} {_which(reason)}")]) from None
        try:
            parsed = yamlio.parse(decode(raw, name))
        except YamlReadError as exc:
            raise RulesError([Problem(name, exc.line, exc.column, exc.message)]) from None
        if via is not None and not isinstance(parsed.data, dict):
            message = f"a rules file must be a mapping of sections, got {describe(parsed.data)}"
            raise RulesError([Problem(name, 1, 1, message)])
        via = Layer(name, raw, parsed, recorded, checked)
        layers.insert(0, via)
        current = _extends(parsed.data, current)
    return layers


def _stamp(name: str) -> list[int]:
    from magadvise.rules.cache import stamp

    try:
        return stamp(name)
    except (OSError, ValueError):
        return []


def _at(via: Layer | None, name: str, message: str) -> Problem:
    """A problem reported at the 'extends' that caused it (or at the file, for the first)."""
    if via is None:
        return Problem(name, None, None, message)
    spot = via.parsed.locate(("extends",))  # indexes the file's nodes: only on failure
    line, column = spot if spot else (None, None)
    return Problem(via.name, line, column, message)


def _which(reason: str) -> str:
    """``no such file`` -> ``does not exist``: a read failure phrased after the file's name."""
    if reason == "no such file":
        return "does not exist"
    if reason.startswith("is "):
        return reason
    return f"cannot be used: {reason}"


def _extends(data: Any, path: FsPath) -> FsPath | None:
    target = data.get("extends") if isinstance(data, dict) else None
    if not isinstance(target, str) or not target.strip():
        return None
    if target == DEFAULT:
        return shipped_rules()
    candidate = FsPath(target).expanduser()
    return candidate if candidate.is_absolute() else path.parent / candidate


def merge(layers: list[Layer]) -> tuple[Any, dict[str, int]]:
    """Overlay each layer on the one below: entries are added or replaced whole, by id."""
    from magadvise.rules.spec import SECTIONS

    if len(layers) == 1:
        return layers[0].parsed.data, {}
    merged: dict[str, Any] = {}
    owners: dict[str, int] = {}
    for number, layer in enumerate(layers):
        data = layer.parsed.data
        if not isinstance(data, dict):
            return data, {}
        for key, value in data.items():
            if key == "extends":
                continue
            spec = SECTIONS.get(key) if isinstance(key, str) else None
            if (
                spec is not None
                and isinstance(value, dict)
                and isinstance(merged.get(key), dict)
                and key != "intake"
            ):
                merged[key] = {**merged[key], **value}
                owners.update({f"{key}/{entry}": number for entry in value})
            else:
                merged[key] = value
                owners[str(key)] = number
    return merged, owners


def locate(layers: list[Layer], owners: dict[str, int], path: Path) -> Problem:
    """Turn a path into file, line and column, in whichever layer supplied it."""
    number = len(layers) - 1
    if len(path) >= 2:
        number = owners.get(f"{path[0]}/{path[1]}", owners.get(str(path[0]), number))
    elif path:
        number = owners.get(str(path[0]), number)
    layer = layers[number]
    where = layer.parsed.locate(path)
    line, column = where if where else (None, None)
    return Problem(layer.name, line, column, "")


def check(
    layers: list[Layer],
    names: NameMaps | None = None,
    indexes: dict[str, dict[str, str]] | None = None,
) -> tuple[Any, dict[str, int], Problems]:
    """Merge and validate: the data, who owns each entry, and the problems found.

    ``names`` and ``indexes``, if given, receive each named section's name index and the
    medicines' combination and RxCUI indexes, built while validating (see ``validate``).

    Problems found while reading (duplicate keys, YAML 1.1 numbers) come with the rest, except
    where validation already explains the same line. At most MAX_PROBLEMS are kept, sorted by
    place; the rest are counted in ``unreported``.
    """
    from magadvise.rules.context import MAX_PROBLEMS, dotted
    from magadvise.rules.validate import validate

    data, owners = merge(layers)
    result = validate(data, names, indexes)
    problems = Problems()
    for path, message in result.problems:
        spot = locate(layers, owners, path)
        label = f"{dotted(path)}: " if path else ""
        problems.append(Problem(spot.file, spot.line, spot.column, label + message))
    for layer in layers:
        problems.extend(_hidden_problems(layer, data))
    explained = {(p.file, p.line) for p in problems}
    for layer in layers:
        for note in layer.parsed.duplicates:
            if note.message.startswith("duplicate") or (layer.name, note.line) not in explained:
                problems.append(Problem(layer.name, note.line, note.column, note.message))
    problems.sort(key=lambda p: (p.file, p.line or 0, p.column or 0))
    unreported = result.unreported + sum(layer.parsed.unreported for layer in layers)
    unreported += max(0, len(problems) - MAX_PROBLEMS)
    del problems[MAX_PROBLEMS:]
    problems.unreported = unreported
    return data, owners, problems


def _hidden_problems(layer: Layer, data: Any) -> list[Problem]:
    """Problems inside entries that duplicate keys hide, reported with the duplicate itself."""
    from magadvise.rules.context import dotted
    from magadvise.rules.validate import validate_hidden

    found = []
    for path, shadow in layer.parsed.hidden():
        for inner, message in validate_hidden(data, path, shadow.value):
            line, column = layer.parsed.locate_within(shadow, inner[len(path) :])
            where = f"{dotted(inner)} (in the first of the duplicate '{shadow.key}' entries)"
            found.append(Problem(layer.name, line, column, f"{where}: {message}"))
    return found


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
        layers = read_layers(path)
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
