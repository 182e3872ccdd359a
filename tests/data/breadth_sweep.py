"""The breadth sweep: every name of tests/data/sweep-names.txt through `magadvise cautions --json`.

Run from the repository: `python tests/data/breadth_sweep.py [LIST]` prints each name that is not
assessed, is read as another medicine, or (a misspelling) is assessed or not suggested; exit 1 if
any. tests/test_breadth_sweep.py runs the same check through the CLI runner. The list's format is
described at its top; docs/breadth-sweep.md records the review.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LIST = Path(__file__).with_name("sweep-names.txt")
BATCH = 60

# A runner: the arguments after `magadvise`, returning the parsed --json document.
Runner = Callable[[Sequence[str]], dict[str, Any]]


@dataclass(frozen=True)
class Name:
    """One typed name: what a patient types, the generic it must read as, and its list line."""

    typed: str
    generic: str
    misspelt: bool
    line: int
    pending: bool = False


def read_list(path: Path = LIST) -> list[Name]:
    """The names of a sweep list, in order (raises ValueError naming a malformed line)."""
    names: list[Name] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        generic, sep, typed = text.partition(":")
        if not sep or not typed.strip():
            raise ValueError(f"{path.name}:{number}: expected 'generic: name, name'")
        kind, generic = generic[:1], generic.lstrip("~?").strip()
        for one in typed.split(","):
            if one.strip():
                names.append(Name(one.strip(), generic, kind == "~", number, kind == "?"))
    return names


def _words(text: str) -> str:
    return " " + " ".join(re.split(r"[^a-z0-9]+", text.lower())).strip() + " "


def _problem(name: Name, found: list[dict[str, Any]], unassessed: dict[str, Any] | None) -> str:
    """Why a name's answer is wrong, or '' when it is right.

    A name the vocabulary splits into ingredients comes back as one caution per assessed
    ingredient; if any ingredient is unknown, the name is also listed as not assessed.
    """
    if name.pending:
        if unassessed is None:
            return f"assessed as {[c['name'] for c in found]}: review it, then drop the '?'"
        return ""
    if name.misspelt:
        if found:
            return f"misspelling assessed as {[c['name'] for c in found]}"
        suggested = [_words(s) for s in (unassessed or {}).get("suggestions", [])]
        if _words(name.generic) not in suggested:
            return f"misspelling does not suggest {name.generic!r} (suggests {suggested})"
        return ""
    if unassessed is not None:
        hint = unassessed.get("suggestions") or unassessed.get("recognised_as")
        checked = unassessed.get("checked_ingredients")
        return f"not assessed (suggests {hint}; ingredients checked: {checked})"
    read = _words(" ".join(part for c in found for part in [c["name"], *c["ingredients"]]))
    missing = [part for part in name.generic.split("+") if _words(part) not in read]
    if missing:
        return f"read as {[c['name'] for c in found]}, not {name.generic!r}"
    return ""


def _unassessed(
    typed: str, missing: dict[str, dict[str, Any]], batch: set[str]
) -> dict[str, Any] | None:
    """The not-assessed entry of a typed name, or of a part of it (`Senna-Lax` reads as two).

    A part that is itself one of the batch's typed names belongs to that name.
    """
    if typed in missing:
        return missing[typed]
    for part, entry in missing.items():
        if part not in batch and _words(part) in _words(typed):
            return entry
    return None


def _batches(names: Sequence[Name]) -> Iterator[Sequence[Name]]:
    for start in range(0, len(names), BATCH):
        yield names[start : start + BATCH]


def sweep(names: Sequence[Name], run: Runner) -> list[tuple[Name, str]]:
    """Each name whose answer is wrong, with why (an empty list when all are right)."""
    problems: list[tuple[Name, str]] = []
    for batch in _batches(names):
        doc = run(["cautions", "--json", *(arg for n in batch for arg in ("--med", n.typed))])
        found: dict[str, list[dict[str, Any]]] = {}
        for caution in doc["cautions"]:
            found.setdefault(caution["input"], []).append(caution)
        missing = {u["input"]: u for u in doc["unassessed"]}
        typed = {n.typed for n in batch}
        for name in batch:
            part = _unassessed(name.typed, missing, typed)
            why = _problem(name, found.get(name.typed, []), part)
            if why:
                problems.append((name, why))
    return problems


def _subprocess_run(args: Sequence[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "magadvise", *args], capture_output=True, text=True, check=False
    )
    if done.returncode not in (0, 3):
        raise SystemExit(f"magadvise exited {done.returncode}: {done.stderr.strip()}")
    doc = json.loads(done.stdout)
    assert isinstance(doc, dict)
    return doc


def main(argv: Sequence[str]) -> int:
    names = read_list(Path(argv[0]) if argv else LIST)
    problems = sweep(names, _subprocess_run)
    for name, why in problems:
        print(f"line {name.line}: {name.typed!r} ({name.generic}): {why}")
    pending = sum(n.pending for n in names)
    misspelt = sum(n.misspelt for n in names)
    assess = len(names) - pending - misspelt
    print(
        f"{len(names)} names ({assess} to assess, {misspelt} misspellings, "
        f"{pending} awaiting review): {len(problems)} wrong",
        file=sys.stderr,
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
