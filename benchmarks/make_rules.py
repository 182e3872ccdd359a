"""Generate a large rules file: a base rules file plus N synthetic medicines, brands, aliases.

    python benchmarks/make_rules.py OUT.yaml [--count 20000] [--style synthetic|clustered|realistic]
        [--base data/rules.yaml] [--seed 6] [--sample SAMPLE.json]

Styles of names, because a formulary's names cluster however they like:

- ``synthetic``: made-up generics (``zorafenide``), brands (``Zoraflex``), abbreviations
  (``ZRF-123``) from a few dozen syllables;
- ``clustered``: the same, but every id, brand and abbreviation starts with ``zz``, as coded ids
  (``rx…``, ATC-style codes) do: one shared prefix for the whole formulary;
- ``realistic``: names built like real ones (``carvedilol``, ``metoprolol succinate``, brand
  ``Lopressix``): beginnings with the letter frequencies of real generics (many ``ca…``,
  ``me…``, ``pro…``), real stems (``-olol``, ``-pril``, ``-sartan``), salts and strengths in
  the display name, and numeric product codes as aliases.

Each is in one of the base file's interaction classes; one in fifty is a combination of two
others, one in ten has typical dose times. Every name is unique, so the file validates.
Deterministic for a given seed. ``--sample`` writes ten names from the file and ten misspellings
of them (JSON), for the benchmark. The YAML is written directly (the synthetic part line by
line), so 100,000 medicines take a few seconds, not a minute of ``yaml.dump``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
BASES = (ROOT / "data" / "rules.yaml", ROOT / "tests" / "data" / "mini.yaml")
STYLES = ("synthetic", "clustered", "realistic")

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
# Beginnings of real generic names, repeated roughly as often as they start real ones.
_REAL_STARTS = (
    "ca ca ca ca ce ce cl cl co da de di di di do en er es fe fl fl ga gl hy ib in la le le li "
    "lo lo lo ma me me me me me mi mo na ne ni no ol pa pe pi pr pr pr pr ra re ri ro sa se si "
    "so su ta te te ti to tr va ve za zo"
)
_REAL_MIDDLES = "ba be car de fa ga la lo ma mi na pe pro ra ri ta ti to va ve xa zo"
_REAL_STEMS = (
    "olol pril sartan statin dipine floxacin mycin cycline azole prazole tidine dronate gliptin "
    "gliflozin vir navir tegravir mab nib zepam oxetine triptan lukast parin semide thiazide "
    "profen coxib caine dazole conazole setron"
)
_SALTS = "sodium potassium hydrochloride succinate tartrate besylate maleate mesylate acetate"

SYLLABLES = tuple(_SYLLABLES.split())
SUFFIXES = tuple(_SUFFIXES.split())
BRAND_ENDINGS = tuple(_BRAND_ENDINGS.split())
REAL_STARTS = tuple(_REAL_STARTS.split())
REAL_MIDDLES = tuple(_REAL_MIDDLES.split())
REAL_STEMS = tuple(_REAL_STEMS.split())
SALTS = tuple(_SALTS.split())
STRENGTHS = (5, 10, 20, 40, 50, 100, 250, 500)


def _normalize(name: str) -> str:
    if name.isalpha():
        return name.lower()
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


class _Namer:
    """Fresh names in one style, never colliding with anything taken."""

    def __init__(self, style: str, rng: random.Random, taken: set[str]) -> None:
        self.style = style
        self.rng = rng
        self.taken = taken
        self.prefix = "zz" if style == "clustered" else ""

    def fresh(self, make: Any) -> str:
        while True:
            name: str = make()
            key = _normalize(name)
            if key not in self.taken:
                self.taken.add(key)
                return name

    def pick(self, words: tuple[str, ...]) -> str:
        return words[int(self.rng.random() * len(words))]

    def generic(self) -> str:
        pick = self.pick
        if self.style == "realistic":
            middle = pick(REAL_MIDDLES) + (pick(REAL_MIDDLES) if self.rng.random() < 0.3 else "")
            return pick(REAL_STARTS) + middle + pick(REAL_STEMS)
        third = pick(SYLLABLES) if self.rng.random() < 0.5 else ""
        return self.prefix + pick(SYLLABLES) + pick(SYLLABLES) + third + pick(SUFFIXES)

    def brand(self) -> str:
        pick = self.pick
        starts = REAL_STARTS if self.style == "realistic" else SYLLABLES
        more = pick(SYLLABLES) if self.rng.random() < 0.5 else ""
        name = pick(starts) + pick(SYLLABLES) + more + pick(BRAND_ENDINGS)
        return (self.prefix + name).capitalize()

    def alias(self, id: str) -> str:
        if self.style == "realistic":  # a product code, as pharmacy systems print them
            return f"{self.rng.randrange(10_000, 100_000)}-{self.rng.randrange(100, 1000)}"
        letters = "".join(c for c in id if c.isalpha())[:3].upper()
        return f"{letters}-{self.rng.randrange(10, 1_000_000)}"


def synthetic(
    count: int, classes: list[str], taken: set[str], seed: int, style: str = "synthetic"
) -> dict[str, Any]:
    """``count`` synthetic medicines whose names collide with nothing in ``taken``."""
    rng = random.Random(seed)
    namer = _Namer(style, rng, taken)
    out: dict[str, Any] = {}
    singles: list[str] = []
    for number in range(count):
        entry: dict[str, Any] = {}
        if number % 50 == 49 and len(singles) >= 2:
            id = namer.fresh(lambda: "-".join(rng.sample(singles[-200:], 2)))
            first, second = id.split("-")
            entry["name"] = namer.fresh(lambda a=first, b=second: f"{a}/{b}")
            entry["ingredients"] = [first, second]
        else:
            id = namer.fresh(namer.generic)
            if style == "realistic" and number % 5 == 0:
                entry["name"] = namer.fresh(
                    lambda i=id: f"{i.capitalize()} {rng.choice(SALTS)} {rng.choice(STRENGTHS)} mg"
                )
            entry["classes"] = [rng.choice(classes)]
            singles.append(id)
        entry["brands"] = [namer.fresh(namer.brand) for _ in range(rng.choice((1, 2, 2, 3)))]
        entry["aliases"] = [namer.fresh(lambda i=id: namer.alias(i))]
        if number % 10 == 0:
            entry["typical_times"] = ["08:00", "20:00"] if number % 20 == 0 else ["08:00"]
        out[id] = entry
    return out


def _entry_yaml(id: str, entry: dict[str, Any]) -> str:
    """One medication as block YAML (JSON strings are valid YAML double-quoted scalars)."""
    lines = [f"  {id}:"]
    for key, value in entry.items():
        shown = json.dumps(value, ensure_ascii=False)
        lines.append(f"    {key}: {shown}")
    return "\n".join(lines) + "\n"


def make(
    count: int = 20_000, base: Path | None = None, seed: int = 6, style: str = "synthetic"
) -> tuple[str, dict[str, Any]]:
    """The YAML text of a base rules file plus ``count`` synthetic medicines, and its data."""
    source = base or next(path for path in BASES if path.is_file())
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    if not isinstance(data, dict) or "extends" in data:
        raise SystemExit(f"{source}: expected a complete rules file, not a layer")
    classes = list(data.get("medication_classes") or {})
    if not classes:
        raise SystemExit(f"{source}: no medication_classes to put synthetic medicines in")
    base_medications = dict(data.pop("medications", None) or {})
    added = synthetic(count, classes, _names_in({"medications": base_medications}), seed, style)

    def dump(value: dict[str, Any]) -> str:
        return yaml.dump(
            value, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=100_000
        )

    parts = [dump(data), dump({"medications": base_medications})]
    parts.extend(_entry_yaml(id, entry) for id, entry in added.items())
    data["medications"] = {**base_medications, **added}
    return "".join(parts), data


def typo(name: str, rng: random.Random) -> str:
    """One slip of the finger: a letter dropped, doubled, swapped or replaced."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    at = rng.choice(letters[1:-1] or letters)
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        return name[:at] + name[at + 1 :]
    if kind == "double":
        return name[:at] + name[at] + name[at:]
    if kind == "swap" and at + 1 < len(name):
        return name[:at] + name[at + 1] + name[at] + name[at + 2 :]
    other = "e" if name[at] != "e" else "a"
    return name[:at] + other + name[at + 1 :]


def sample(data: dict[str, Any], seed: int = 7) -> dict[str, list[str]]:
    """Ten names from the file (generics and brands of single medicines) and ten misspellings."""
    rng = random.Random(seed)
    singles = [(id, m) for id, m in data["medications"].items() if "classes" in m]
    picked = rng.sample(singles, 10)
    names = [id if n % 2 else entry["brands"][0] for n, (id, entry) in enumerate(picked)]
    taken = _names_in(data)
    typos: list[str] = []
    for name in names:
        wrong = typo(name, rng)
        while _normalize(wrong) in taken:
            wrong = typo(name, rng)
        typos.append(wrong)
    return {"names": names, "typos": typos}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="where to write the rules file")
    parser.add_argument("--count", type=int, default=20_000, help="synthetic medicines to add")
    parser.add_argument("--style", choices=STYLES, default="synthetic")
    parser.add_argument("--base", type=Path, default=None, help="rules file to start from")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--sample", type=Path, help="write ten names and ten typos here (JSON)")
    args = parser.parse_args(argv)
    text, data = make(args.count, args.base, args.seed, args.style)
    args.out.write_text(text, encoding="utf-8")
    if args.sample:
        args.sample.write_text(json.dumps(sample(data)), encoding="utf-8")
    size = args.out.stat().st_size
    sys.stderr.write(f"{args.out}: {len(data['medications']):,} medicines, {size / 1e6:.1f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
