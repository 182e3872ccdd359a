"""`rules validate`, `schema`, `export`, `init`, `show-source`: the rules file as a product."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from magadvise.app import app, emit_json, error_line, settings
from magadvise.commands.options import JsonFlag
from magadvise.errors import EXIT_RULES, Problem, RulesError

if TYPE_CHECKING:
    from magadvise.rules.origin import Origin, Spot

rules_app = typer.Typer(
    name="rules",
    help="Check, export and start your own rules file; see where an entry comes from.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(rules_app, name="rules")


@dataclass
class Checked:
    """The outcome of validating one rules file (with every file it extends)."""

    file: str
    layers: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _check(path: Path) -> Checked:
    from magadvise.rules.layers import read_layers
    from magadvise.rules.problems import check
    from magadvise.rules.spec import ID_SECTIONS

    try:
        layers = read_layers(path)
    except RulesError as exc:
        return Checked(str(path), problems=list(exc.problems))
    data, _, problems = check(layers)
    counts = {}
    if isinstance(data, dict):
        counts = {s: len(data[s]) for s in ID_SECTIONS if isinstance(data.get(s), dict)}
    return Checked(str(path), [layer.name for layer in layers], problems, counts)


def _total(result: Checked) -> int:
    """Every problem found in the file, including those past the report's limit."""
    return len(result.problems) + getattr(result.problems, "unreported", 0)


def _summary(result: Checked) -> str:
    if result.problems:
        n = _total(result)
        return f"{result.file}: {n:,} problem{'s' if n != 1 else ''}"
    parts = [f"{n} {_noun(section, n)}" for section, n in result.counts.items()]
    base = f" (extends {', '.join(result.layers[:-1])})" if len(result.layers) > 1 else ""
    return f"{result.file}: valid{base}: {', '.join(parts)}"


def _noun(section: str, n: int) -> str:
    """``medication_classes`` -> ``medication classes``, or ``medication class`` for one."""
    words = section.replace("_", " ")
    if n != 1:
        return words
    return words[:-2] if words.endswith("sses") else words[:-1]


@rules_app.command()
def validate(
    ctx: typer.Context,
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FILE",
            help="Rules files to check (default: the rules in use: --rules, MAGADVISE_RULES "
            "or the shipped file).",
            show_default=False,
        ),
    ] = None,
    json: JsonFlag = False,
) -> None:
    """Check rules files: every problem in one pass, as FILE:LINE:COL: message.

    Problems go to stdout, one a line; a summary goes to stderr. Exit 1 if any.
    """
    from magadvise.render.words import clean
    from magadvise.rules.rulesfile import resolve_path

    paths = [Path(f) for f in files] if files else [resolve_path(settings(ctx).rules)]
    results = [_check(path) for path in paths]
    total = sum(_total(r) for r in results)
    if json:
        emit_json(
            {
                "valid": total == 0,
                "problem_count": total,
                "files": [
                    {
                        "file": r.file,
                        "valid": not r.problems,
                        "layers": r.layers,
                        "counts": r.counts,
                        "problems": [p._asdict() for p in r.problems],
                        "more_problems": _total(r) - len(r.problems),
                    }
                    for r in results
                ],
            }
        )
    else:
        for result in results:
            for problem in result.problems:
                sys.stdout.write(clean(str(problem)) + "\n")
            if _total(result) > len(result.problems):
                more = _total(result) - len(result.problems)
                sys.stdout.write(f"{result.file}: ... and {more:,} more problems\n")
    for result in results:
        error_line(_summary(result))
    if len(results) > 1:
        bad = sum(1 for r in results if r.problems)
        error_line(f"{len(results)} files checked: {bad} with problems, {total:,} problems in all")
    if total:
        raise typer.Exit(EXIT_RULES)


@rules_app.command()
def schema() -> None:
    """Print the JSON Schema of the rules file, for editors (the YAML language server)."""
    from magadvise.rules.jsonschema import rules_schema

    emit_json(rules_schema())


@rules_app.command()
def export() -> None:
    """Print the shipped rules file exactly as it is."""
    from magadvise.rules.rulesfile import read_bytes, shipped_rules

    raw = read_bytes(shipped_rules())
    sys.stdout.flush()
    sys.stdout.buffer.write(raw)
    sys.stdout.buffer.flush()


@rules_app.command()
def init(
    path: Annotated[str, typer.Argument(metavar="PATH", help="Where to write the new file.")],
    layered: Annotated[
        bool,
        typer.Option(
            "--layered",
            help="Write a small file that extends the shipped rules, instead of a full copy.",
        ),
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """Write a rules file to start from: a full copy of the shipped rules, or --layered."""
    from magadvise.output import check_target, is_stdout, target_path, write_file
    from magadvise.rules.rulesfile import read_bytes, shipped_rules
    from magadvise.rules.starter import layered_starter

    target = target_path(path, "PATH")
    check_target(target, force)
    data = layered_starter(target.name) if layered else read_bytes(shipped_rules())
    write_file(target, data, force)
    if is_stdout(target):
        return
    what = "a layered starter (extends: default)" if layered else "a copy of the shipped rules"
    error_line(f"wrote {target}: {what}")
    error_line(f"check it with: magadvise rules validate {target}")


@rules_app.command("show-source")
def show_source(
    ctx: typer.Context,
    first: Annotated[
        str,
        typer.Argument(
            metavar="SECTION|ID",
            help="An id or a name (brand, alias) to look for in every section; or a section.",
        ),
    ],
    second: Annotated[
        str | None,
        typer.Argument(metavar="ID", help="After a section: the id or name to look for there."),
    ] = None,
    json: JsonFlag = False,
) -> None:
    """Which file an entry comes from, in layered rules, and which entries it replaces."""
    from magadvise.render.words import clean
    from magadvise.rules.layers import read_layers
    from magadvise.rules.origin import find_origins, section_name
    from magadvise.rules.problems import check
    from magadvise.rules.rulesfile import resolve_path

    section, wanted = (section_name(first), second) if second is not None else (None, first)
    layers = read_layers(resolve_path(settings(ctx).rules))
    origins = find_origins(layers, wanted, section)
    if json:
        emit_json({"entries": [_origin_json(o) for o in origins]})
    else:
        for origin in origins:
            line = f"{origin.section}.{origin.id}: {origin.source}"
            if origin.replaces:
                line += " (replaces " + ", ".join(str(s) for s in origin.replaces) + ")"
            sys.stdout.write(clean(line) + "\n")
    problems = check(layers)[2]
    if problems:
        error_line(f"warning: these rules have {len(problems)} problems; see 'rules validate'")


def _origin_json(origin: Origin) -> dict[str, Any]:
    def spot(s: Spot) -> dict[str, Any]:
        return {"file": s.file, "line": s.line, "column": s.column}

    return {
        "section": origin.section,
        "id": origin.id,
        **spot(origin.source),
        "replaces": [spot(s) for s in origin.replaces],
    }
