"""Start-up benchmark: each command against its floor, in fresh processes, as medians and ratios.

    python benchmarks/bench.py [--runs 11] [--cold-runs 3] [--sizes 1000,20000,100000]
                               [--styles clustered,realistic] [--keep DIR]

Generates formularies (benchmarks/make_rules.py: the shipped rules plus N medicines) whose
names cluster on one prefix (``clustered``: every id, brand and code starts ``zz``) or look
like real ones (``realistic``), at each size, then times every case and the floor it is judged
against, alternating the two so that a busy machine slows both alike (each ratio is to the
floor's runs interleaved with that case's; the floors' own lines pool all their runs). Floors:

- ``import typer`` for JSON and completion, ``import typer, rich.table`` for tables;
- for a first call (no cache yet), the bare libyaml parse of that file, with Python's cyclic
  garbage collector off as magadvise has it for its own parse: ``gc.disable();
  yaml.load(f, Loader=yaml.CSafeLoader)``. That is the least any tool reading the file pays.

Each ratio is of CPU time (user plus system time of the process and its floor's, from
``wait4``): what the program itself costs. Wall-clock times and their ratios are printed beside
them; on a shared machine they also hold the time a process waited for a CPU another one held,
which moves a floor of ~70 ms by 20 ms or more within one run. Both counts of targets met are
printed. Peak memory is each process's maximum resident set size (``wait4``); for a first call it is
also given as a ratio to the bare parse's. Warm cases look up ten names at once, and one and
ten misspellings (each typo is one slip: a letter dropped, doubled, swapped or replaced).

Prints one table with every target; exits non-zero only if a command fails, never because it
is slow. These are benchmarks, not tests: the test suite has no timed assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TYPER = "import typer"
TABLE = "import typer, rich.table"


@dataclass
class Case:
    """One command line, the floor it is measured against, and the target ratio."""

    name: str
    argv: list[str]
    floor: str
    target: float | None  # None: shown for comparison, no target
    env: dict[str, str] = field(default_factory=dict)
    cache: Path | None = None  # cleared before each run: a first call
    expect: int = 0
    memory_target: float | None = None


@dataclass
class Timing:
    """Wall times and CPU times (ms) and peak resident memory (MB) of repeated runs."""

    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # user + system time of the process
    peak_mb: float = 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


def run_once(argv: list[str], env: dict[str, str], expect: int, timing: Timing) -> None:
    """Run a fresh process; record its wall time, CPU time and peak RSS; fail loudly on a bad
    exit."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if process.returncode != expect:
        raise SystemExit(f"{' '.join(argv)}: exit {process.returncode}, expected {expect}\n{error}")
    timing.times.append(elapsed)
    timing.cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    timing.peak_mb = max(timing.peak_mb, usage.ru_maxrss * scale / 1e6)


def command() -> list[str]:
    """How to start magadvise: the console script beside this Python, else ``-m``."""
    script = Path(sys.executable).with_name("magadvise")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "magadvise"]


def fair_parse(path: Path) -> list[str]:
    """The first call's floor: the bare libyaml parse of ``path``, collector off."""
    code = (
        "import gc; gc.disable(); import yaml; "
        f"yaml.load(open({str(path)!r}, encoding='utf-8'), Loader=yaml.CSafeLoader)"
    )
    return [sys.executable, "-c", code]


def formulary_cases(
    me: list[str], big: Path, label: str, sample: dict[str, list[str]], cache: Path, size: int
) -> list[Case]:
    """The cases for one generated formulary (first-call targets from 20,000 medicines up: a
    small file's parse is shorter than the imports any command needs)."""
    rules = [*me, "--rules", str(big)]
    meds = [arg for name in sample["names"] for arg in ("--med", name)]
    typos = [arg for name in sample["typos"] for arg in ("--med", name)]
    start = sample["names"][1][:4]
    completion = {
        "_MAGADVISE_COMPLETE": "complete_bash",
        "COMP_WORDS": f"magadvise --rules {big} cautions --med {start}",
        "COMP_CWORD": "5",
    }
    floor = f"parse {label}"
    return [
        Case(f"{label}: first call (cautions --json)", [*rules, "cautions", "--med",
             sample["names"][0], "--json"], floor, 1.5 if size >= 20_000 else None, cache=cache,
             memory_target=1.5 if size >= 20_000 else None),
        Case(f"{label}: cautions, 10 names --json", [*rules, "cautions", *meds, "--json"],
             TYPER, 1.3),
        Case(f"{label}: cautions, 10 names (table)", [*rules, "cautions", *meds], TABLE, 1.3),
        Case(f"{label}: 1 misspelling --json", [*rules, "cautions", "--med",
             sample["typos"][0], "--json"], TYPER, None, expect=3),
        Case(f"{label}: 10 misspellings --json", [*rules, "cautions", *typos, "--json"],
             TYPER, 1.6, expect=3),
        Case(f"{label}: completion --med {start}<TAB>", list(me), TYPER, 1.2, env=completion),
    ]  # fmt: skip


def patient_cases(me: list[str], work: Path, floors: dict[str, list[str]]) -> list[Case]:
    """A real patient on the shipped rules: ten medicines as typed, a name only the drug
    vocabulary knows, and the same ten as a 2,000-resource FHIR record (against the plain list).
    """
    from patient import UNKNOWN, write_inputs

    plain, record = write_inputs(work)
    same = "cautions, the same 10 (plain list)"
    floors[same] = [*me, "cautions", "--meds-from", str(plain), "--json"]
    return [
        Case("shipped: cautions, 10 typed medicines",
             [*me, "cautions", "--meds-from", str(plain), "--json"], TYPER, 1.3),
        Case("shipped: cautions, a vocabulary-only name",
             [*me, "cautions", "--med", UNKNOWN, "--json"], TYPER, 1.5, expect=3),
        Case("shipped: FHIR Bundle, 2,000 resources",
             [*me, "cautions", "--meds-from", str(record), "--json"], same, 2.0),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="runs per warm case (median)")
    parser.add_argument("--cold-runs", type=int, default=3, help="runs of each first call")
    parser.add_argument("--sizes", default="1000,20000,100000", help="medicines per formulary")
    parser.add_argument("--styles", default="clustered,realistic", help="kinds of names")
    parser.add_argument("--keep", type=Path, help="write the formularies here and keep them")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size]
    styles = [style for style in args.styles.split(",") if style]

    work = Path(tempfile.mkdtemp(prefix="magadvise-bench-"))
    files = args.keep or work
    files.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAGADVISE_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' installs have their bytecode compiled
    env.update({"NO_COLOR": "1", "COLUMNS": "100"})
    if not Path(sys.executable).with_name("magadvise").is_file():
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")])
        )
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "src")],
        env=env,
        stdout=subprocess.DEVNULL,
        check=False,
    )
    py = sys.executable
    floors: dict[str, list[str]] = {
        TYPER: [py, "-c", "import typer"],
        TABLE: [py, "-c", "import typer, rich.table"],
    }
    me = command()
    shipped_cache = work / "cache-shipped"
    cases = [
        Case("shipped: recommend (table)", [*me, "recommend", "--goal", "migraine"], TABLE, 1.2),
        Case("shipped: recommend --json", [*me, "recommend", "--goal", "migraine", "--json"],
             TYPER, 1.2),
    ]  # fmt: skip
    cases += patient_cases(me, work, floors)
    caches = {case.name: shipped_cache for case in cases}
    sizes_mb: dict[str, float] = {}
    for style in styles:
        for size in sizes:
            label = f"{style} {size // 1000}k"
            big = files / f"{style}-{size}.yaml"
            sample_file = files / f"{style}-{size}.json"
            # In another process, so this one stays small: a child's peak RSS counts from fork.
            subprocess.run(
                [py, str(HERE / "make_rules.py"), str(big), "--count", str(size), "--style",
                 style, "--sample", str(sample_file)],
                check=True, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            sizes_mb[label] = big.stat().st_size / 1e6
            floors[f"parse {label}"] = fair_parse(big)
            sample = json.loads(sample_file.read_text(encoding="utf-8"))
            cache = work / f"cache-{style}-{size}"
            for case in formulary_cases(me, big, label, sample, cache, size):
                cases.append(case)
                caches[case.name] = cache
    time.sleep(3)  # let the files settle, as a formulary does between edits

    timings: dict[str, Timing] = {name: Timing() for name in floors}
    results: list[tuple[Case, Timing, Timing]] = []
    for case in cases:
        timing, floor = Timing(), Timing()  # the floor's runs alternate with the case's
        case_env = {**env, "MAGADVISE_CACHE_DIR": str(caches[case.name]), **case.env}
        if case.cache is None:  # warm the cache, untimed
            for _ in range(2):
                run_once(case.argv, case_env, case.expect, Timing())
        runs = args.cold_runs if case.cache is not None else args.runs
        for _ in range(runs):
            if case.cache is not None:
                shutil.rmtree(case.cache, ignore_errors=True)
            run_once(floors[case.floor], env, 0, floor)
            run_once(case.argv, case_env, case.expect, timing)
        shared = timings[case.floor]
        shared.times += floor.times
        shared.cpu += floor.cpu
        shared.peak_mb = max(shared.peak_mb, floor.peak_mb)
        results.append((case, timing, floor))

    report(args, me, sizes_mb, timings, results)
    shutil.rmtree(work, ignore_errors=True)  # the caches (and the files, unless --keep)
    return 0


def report(
    args: argparse.Namespace,
    me: list[str],
    sizes_mb: dict[str, float],
    timings: dict[str, Timing],
    results: list[tuple[Case, Timing, Timing]],
) -> None:
    """Print the table: floors first, then every case with its ratio and target."""
    print(f"magadvise start-up benchmark: {' '.join(me)}")
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}; median of {args.runs} runs "
        f"({args.cold_runs} for first calls); formularies: shipped rules + N medicines ("
        + ", ".join(f"{label} {mb:.1f} MB" for label, mb in sizes_mb.items())
        + ")"
    )
    print()
    header = (
        f"{'case':<44} {'CPU':>8} {'floor':>8} {'ratio':>6} {'target':>7} {'wall':>8} "
        f"{'floor':>8} {'ratio':>6} {'peak RSS':>9} {'RSS ratio':>9}"
    )
    print(header)
    print("-" * len(header))
    for name, floor in timings.items():
        print(f"{'floor: ' + name:<44} {floor.cpu_median:>6.1f}ms {'':>8} {'':>6} {'':>7} "
              f"{floor.median:>6.1f}ms {'':>8} {'':>6} {floor.peak_mb:>7.1f}MB")  # fmt: skip
    misses = wall_misses = targeted = 0
    for case, timing, floor in results:
        ratio = timing.cpu_median / floor.cpu_median
        wall_ratio = timing.median / floor.median
        ok = case.target is None or ratio <= case.target
        wall_ok = case.target is None or wall_ratio <= case.target
        memory_ratio = timing.peak_mb / floor.peak_mb
        memory = f"{memory_ratio:.2f}x" if case.floor.startswith("parse") else ""
        if case.memory_target is not None:
            ok = ok and memory_ratio <= case.memory_target
            wall_ok = wall_ok and memory_ratio <= case.memory_target
            memory += f"<={case.memory_target:.1f}"
        targeted += case.target is not None
        misses += not ok
        wall_misses += not wall_ok
        target = "-" if case.target is None else "<=" + format(case.target, ".1f") + "x"
        mark = "" if case.target is None else "ok" if ok else "over"
        print(
            f"{case.name:<44} {timing.cpu_median:>6.1f}ms {floor.cpu_median:>6.1f}ms "
            f"{ratio:>5.2f}x {target:>7} {timing.median:>6.1f}ms {floor.median:>6.1f}ms "
            f"{wall_ratio:>5.2f}x {timing.peak_mb:>7.1f}MB {memory:>9}  {mark}"
        )
    print()
    print(
        f"{targeted - misses} of {targeted} targets met by CPU time "
        f"({targeted - wall_misses} of {targeted} by wall-clock time)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
