"""Start-up benchmark: each command against its floor, in fresh processes, as medians and ratios.

    python benchmarks/bench.py [--runs 15] [--count 20000] [--keep DIR]

Generates a rules file with 20,000 synthetic medicines (benchmarks/make_rules.py) in a temporary
folder, then times each case and the floor it is judged against, alternating the two so that a
busy machine slows both alike. Floors: ``python -c "import typer"`` for JSON and completion,
``python -c "import typer, rich.table"`` for tables, and the bare libyaml parse of the big file
for the first (cold-cache) call. Peak memory is each process's maximum resident set size.

Prints a table; exits non-zero only if a command fails, never because it is slow.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass
class Case:
    """One command line, the floor it is measured against, and the target ratio."""

    name: str
    argv: list[str]
    floor: str
    target: float
    env: dict[str, str] = field(default_factory=dict)
    cold: bool = False
    expect: int = 0


@dataclass
class Timing:
    """Wall times (ms) and peak resident memory (MB) of repeated runs."""

    times: list[float] = field(default_factory=list)
    peak_mb: float = 0.0

    @property
    def median(self) -> float:
        return statistics.median(self.times)


def run_once(argv: list[str], env: dict[str, str], expect: int, timing: Timing) -> None:
    """Run a fresh process; record its wall time and peak RSS; fail loudly on a bad exit."""
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
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB elsewhere
    timing.peak_mb = max(timing.peak_mb, usage.ru_maxrss * scale / 1e6)


def command() -> list[str]:
    """How to start magadvise: the console script beside this Python, else ``-m``."""
    script = Path(sys.executable).with_name("magadvise")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "magadvise"]


def clear(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per case (median reported)")
    parser.add_argument("--cold-runs", type=int, default=5, help="runs of each cold case")
    parser.add_argument("--count", type=int, default=20_000, help="synthetic medicines")
    parser.add_argument("--keep", type=Path, help="write the big rules file here and keep it")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="magadvise-bench-"))
    big = args.keep or work / "formulary.yaml"
    # In another process, so this one stays small: a child's peak RSS counts from the fork.
    subprocess.run(
        [sys.executable, str(HERE / "make_rules.py"), str(big), "--count", str(args.count)],
        check=True,
    )
    caches = work / "cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAGADVISE_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' installs have their bytecode compiled
    env.update({"MAGADVISE_CACHE_DIR": str(caches), "NO_COLOR": "1", "COLUMNS": "100"})
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
    floors = {
        "import typer": [py, "-c", "import typer"],
        "import typer, rich.table": [py, "-c", "import typer, rich.table"],
        "yaml.load (CSafeLoader)": [
            py,
            "-c",
            f"import yaml; yaml.load(open({str(big)!r}), Loader=yaml.CSafeLoader)",
        ],
    }
    me = command()
    rules = ["--rules", str(big)]
    completion = {
        "_MAGADVISE_COMPLETE": "complete_bash",
        "COMP_WORDS": f"magadvise --rules {big} cautions --med furo",
        "COMP_CWORD": "5",
    }
    cases = [
        Case("recommend (table), shipped", [*me, "recommend", "--goal", "migraine"],
             "import typer, rich.table", 1.2),
        Case("recommend --json, shipped", [*me, "recommend", "--goal", "migraine", "--json"],
             "import typer", 1.2),
        Case("cautions --med --json, 20k, first call", [*me, *rules, "cautions", "--med",
             "furosemide", "--json"], "yaml.load (CSafeLoader)", 1.5, cold=True),
        Case("cautions --med --json, 20k, warm", [*me, *rules, "cautions", "--med", "furosemide",
             "--json"], "import typer", 1.3),
        Case("cautions --med (table), 20k, warm", [*me, *rules, "cautions", "--med", "Lasix"],
             "import typer, rich.table", 1.3),
        Case("recommend --json, 20k, warm", [*me, *rules, "recommend", "--goal", "migraine",
             "--json"], "import typer", 1.3),
        Case("recommend (table), 20k, warm", [*me, *rules, "recommend", "--goal", "migraine"],
             "import typer, rich.table", 1.3),
        Case("misspelt --med (did you mean), 20k, warm", [*me, *rules, "cautions", "--med",
             "furosemde", "--json"], "import typer", 1.3, expect=3),
        Case("completion --med furo<TAB>, 20k, warm", [*me], "import typer", 1.2,
             env=completion),
    ]  # fmt: skip

    timings: dict[str, Timing] = {name: Timing() for name in floors}
    results: list[tuple[Case, Timing]] = []
    for case in cases:
        timing = Timing()
        case_env = {**env, **case.env}
        if not case.cold:  # warm the cache once, untimed
            run_once(case.argv, case_env, case.expect, Timing())
        runs = args.cold_runs if case.cold else args.runs
        for _ in range(runs):
            if case.cold:
                clear(caches)
            run_once(floors[case.floor], env, 0, timings[case.floor])
            run_once(case.argv, case_env, case.expect, timing)
        results.append((case, timing))

    print(f"magadvise start-up benchmark: {' '.join(me)}")
    print(
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}; big file: shipped rules + {args.count:,} "
        "synthetic medicines, "
        f"{big.stat().st_size / 1e6:.1f} MB; median of {args.runs} runs "
        f"({args.cold_runs} for first calls)"
    )
    print()
    header = f"{'case':<42} {'median':>8} {'floor':>8} {'ratio':>6} {'target':>7} {'peak RSS':>9}"
    print(header)
    print("-" * len(header))
    for name, floor in timings.items():
        print(f"{'floor: ' + name:<42} {floor.median:>6.1f}ms {'':>8} {'':>6} {'':>7} "
              f"{floor.peak_mb:>7.1f}MB")  # fmt: skip
    for case, timing in results:
        floor = timings[case.floor].median
        ratio = timing.median / floor
        mark = "ok" if ratio <= case.target else "over"
        print(
            f"{case.name:<42} {timing.median:>6.1f}ms {floor:>6.1f}ms {ratio:>5.2f}x "
            f"{'<=' + format(case.target, '.1f') + 'x':>7} {timing.peak_mb:>7.1f}MB  {mark}"
        )
    if args.keep is None:
        clear(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
