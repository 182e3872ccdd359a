"""Generate a large rules file: a base rules file plus N synthetic medicines, brands, aliases.

    python benchmarks/make_rules.py OUT.yaml [--count 20000] [--base data/rules.yaml] [--seed 6]

The synthetic medicines look like real ones to the name matcher (``zorafenide``, brand
``Zoraflex``, abbreviation ``ZRF-123``), each in one of the base file's interaction classes;
one in fifty is a combination of two others, one in ten has typical dose times. Every name is
unique, so the file validates. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BASES = (ROOT / "data" / "rules.yaml", ROOT / "tests" / "data" / "mini.yaml")

# Word lists, written as text.
_SYLLABLES = (
    "ra zo fen ti lo mar ex vi do qua lin ser pra tol nex cor dal bi mu sa ter vo gan pel ri "
    "cy tho zan fo ke nu pi sto gra bel"
)
_SUFFIXES = (
    "ide ine olol pril sartan mycin floxacin azole statin tidine prazole dronate vir mab "
    "cillin pine zepam"
)
_BRAND_ENDINGS = "ex a on ix ar en yl ora io"
SYLLABLES = tuple(_SYLLABLES.split())
SUFFIXES = tuple(_SUFFIXES.split())
BRAND_ENDINGS = tuple(_BRAND_ENDINGS.split())


def _normalize(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").replace("_", " ").split())


def _names_in(data: dict[str, Any]) -> set[str]:
    taken: set[str] = set()
    for id, entry in (data.get("medications") or {}).items():
        taken.add(_normalize(id))
        if isinstance(entry, dict):
            if isinstance(entry.get("name"), str):
                taken.add(_normalize(entry["name"]))
            for key in ("brands", "aliases"):
                taken.update(_normalize(n) for n in entry.get(key) or () if isinstance(n, str))
    return taken


def synthetic(count: int, classes: list[str], taken: set[str], seed: int) -> dict[str, Any]:
    """``count`` synthetic medicines whose names collide with nothing in ``taken``."""
    rng = random.Random(seed)
    out: dict[str, Any] = {}
    singles: list[str] = []

    def fresh(make: Any) -> str:
        while True:
            name: str = make()
            if _normalize(name) not in taken:
                taken.add(_normalize(name))
                return name

    def generic() -> str:
        parts = rng.sample(SYLLABLES, rng.choice((2, 3)))
        return "".join(parts) + rng.choice(SUFFIXES)

    def brand() -> str:
        parts = rng.sample(SYLLABLES, rng.choice((2, 3)))
        return ("".join(parts) + rng.choice(BRAND_ENDINGS)).capitalize()

    for number in range(count):
        entry: dict[str, Any] = {}
        if number % 50 == 49 and len(singles) >= 2:
            id = fresh(lambda: "-".join(rng.sample(singles[-200:], 2)))
            first, second = id.split("-")
            entry["name"] = fresh(lambda a=first, b=second: f"{a}/{b}")
            entry["ingredients"] = [first, second]
        else:
            id = fresh(generic)
            entry["classes"] = [rng.choice(classes)]
            singles.append(id)
        entry["brands"] = [fresh(brand) for _ in range(rng.choice((1, 2, 2, 3)))]
        letters = "".join(c for c in id if c.isalpha())[:3].upper()
        entry["aliases"] = [fresh(lambda s=letters: f"{s}-{rng.randrange(10, 10_000)}")]
        if number % 10 == 0:
            entry["typical_times"] = ["08:00", "20:00"] if number % 20 == 0 else ["08:00"]
        out[id] = entry
    return out


def make(
    count: int = 20_000, base: Path | None = None, seed: int = 6
) -> tuple[str, dict[str, Any]]:
    """The YAML text of a base rules file plus ``count`` synthetic medicines, and its data."""
    source = base or next(path for path in BASES if path.is_file())
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    if not isinstance(data, dict) or "extends" in data:
        raise SystemExit(f"{source}: expected a complete rules file, not a layer")
    classes = list(data.get("medication_classes") or {})
    if not classes:
        raise SystemExit(f"{source}: no medication_classes to put synthetic medicines in")
    medications = dict(data.get("medications") or {})
    medications.update(synthetic(count, classes, _names_in(data), seed))
    data["medications"] = medications
    text = yaml.dump(
        data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=100_000
    )
    return text, data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="where to write the rules file")
    parser.add_argument("--count", type=int, default=20_000, help="synthetic medicines to add")
    parser.add_argument("--base", type=Path, default=None, help="rules file to start from")
    parser.add_argument("--seed", type=int, default=6)
    args = parser.parse_args(argv)
    text, data = make(args.count, args.base, args.seed)
    args.out.write_text(text, encoding="utf-8")
    size = args.out.stat().st_size
    sys.stderr.write(f"{args.out}: {len(data['medications']):,} medicines, {size / 1e6:.1f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
