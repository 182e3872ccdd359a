"""The Typer application, its global options, and the one place failures become exit codes."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from magadvise import __version__
from magadvise.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_IOERR,
    EXIT_PIPE,
    EXIT_UNASSESSED,
    MagadviseError,
    OutputError,
    RulesError,
)
from magadvise.record import Record

if TYPE_CHECKING:
    from magadvise.rules.ruleset import Rules

HELP = (
    "Offline advice on magnesium supplements: which form and how much for a goal, "
    "how the forms differ, and what magnesium does with your medicines. "
    "General information, not medical advice."
)


def error_line(message: str) -> None:
    """One line on stderr, with untrusted text escaped."""
    from magadvise.render.words import clean

    sys.stderr.write(f"magadvise: {clean(message)}\n")


def report(exc: MagadviseError) -> None:
    """Print a failure to stderr: every located problem, then the hint."""
    if isinstance(exc, RulesError) and exc.problems:
        for problem in exc.problems:
            error_line(f"error: {problem}")
        total = getattr(exc.problems, "total", len(exc.problems))
        if total > len(exc.problems):
            error_line(f"... and {total - len(exc.problems):,} more problems")
        if total > 1:
            error_line(f"{total:,} problems; the rules file cannot be used")
    else:
        error_line(f"error: {exc.message}")
    if exc.hint:
        error_line(exc.hint)


class MagadviseGroup(TyperGroup):
    """Runs a command and turns any failure into a clear stderr line and a documented exit code."""

    _coercers_installed = False

    def main(self, *args: Any, **kwargs: Any) -> Any:
        from magadvise.output import prepare_streams

        prepare_streams()
        if os.environ.get(COMPLETE_VAR):  # candidates quoted for the shell that reads them
            from magadvise import shells

            shells.install()
        try:
            return super().main(*args, **kwargs)
        except MagadviseError as exc:  # raised outside a command: help text to a closed stdout
            report(exc)
            raise SystemExit(exc.exit_code) from None

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        if not self._coercers_installed:  # every parameter exists by now, completion's too
            self._coercers_installed = True
            try:
                from magadvise import coerce

                coerce.install(self)
            except Exception:  # pragma: no cover - a Typer whose internals differ: its own path
                pass
        return super().make_context(*args, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except MagadviseError as exc:
            report(exc)
            raise typer.Exit(exc.exit_code) from None
        except BrokenPipeError:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(EXIT_PIPE) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("MAGADVISE_DEBUG"):
                raise
            if exc.__class__.__module__.startswith(("click", "typer")):
                raise
            error_line(f"internal error: {exc.__class__.__name__}: {exc}")
            error_line("this is a bug in magadvise; set MAGADVISE_DEBUG=1 to see the traceback")
            raise typer.Exit(EXIT_INTERNAL) from None


app = typer.Typer(
    name="magadvise",
    cls=MagadviseGroup,
    help=HELP,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Settings(Record):
    """Global options, shared by every command through the context.

    A record (magadvise.record) rather than a dataclass: the same fields for a fraction of the
    import time.
    """

    rules: str | None = None
    use_cache: bool = True


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"magadvise {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    rules: Annotated[
        str | None,
        typer.Option(
            "--rules",
            envvar="MAGADVISE_RULES",
            metavar="PATH",
            help="Rules file to use instead of the shipped one (or set MAGADVISE_RULES).",
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Parse the rules afresh; read and write no cache."),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Offline advice on magnesium supplements. General information, not medical advice."""
    ctx.obj = Settings(rules=rules, use_cache=not no_cache)


# True once ``run`` has started: the process then ends with ``leave`` (``os._exit``), so
# memory it holds is returned to the system at once (see rules.load.load_rules).
ends_with_exit = False


COMPLETE_VAR = "_MAGADVISE_COMPLETE"  # set by the shell completion scripts


def run(name: str | None = None) -> None:
    """Run the app, building only the command ``name`` when the command line names one
    (``magadvise.cli.command_word``).

    Typer turns every registered command into a Click command before parsing (signatures,
    type hints, options): a few milliseconds per command. When the words before the first
    non-option word are global options we know, that word names the only command needed;
    anything else (help, completion of a command name, unknown words) builds them all.
    """
    global ends_with_exit
    ends_with_exit = True
    collect_less()
    commands, groups = app.registered_commands[:], app.registered_groups[:]
    if name is not None:
        from typer.main import get_command_name

        chosen = [c for c in commands if (c.name or get_command_name(_named(c))) == name]
        chosen_groups = [g for g in groups if g.name == name]
        if len(chosen) + len(chosen_groups) == 1:
            app.registered_commands[:], app.registered_groups[:] = chosen, chosen_groups
            _evaluate_annotations([app.registered_callback, *chosen])
    try:
        app()
    except SystemExit as done:  # how Typer ends every run, success or failure
        leave(done.code)
    except KeyboardInterrupt:  # Ctrl-C outside a command (Typer maps it to 130 inside one)
        leave(EXIT_INTERRUPTED)
    finally:
        app.registered_commands[:], app.registered_groups[:] = commands, groups


YOUNG_THRESHOLD = 50_000  # container allocations between young-generation collections


def collect_less() -> None:
    """Run the cycle collector less often for this one short run.

    What start-up built (Typer, the modules) lives until the exit: it is frozen out of the
    collector's scans (``gc.freeze``). Python's default young-generation threshold (700)
    collects every few hundred new containers and rescans the survivors as they age; a warm
    command builds ~15,000 containers, almost none of them cyclic, in about a tenth of a
    second. With the threshold at ``YOUNG_THRESHOLD`` such a run is not collected at all,
    while a large medication file or record still is, so memory stays bounded (benchmarks:
    ~4 ms less on a ten-medicine table, the same peak memory). Called by the console script
    (``magadvise.cli.main``) once Typer is imported and before the command's own modules are,
    so Typer's own import costs what any program pays while magadvise's imports and Rich's
    console (~100 modules) are not rescanned (about 2 ms less again); and by ``run``, which
    freezes what the command's import added. Idempotent.
    """
    import gc

    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)


def leave(code: object) -> None:
    """End the process as ``sys.exit(code)`` would, minus the interpreter's teardown.

    Freeing every module and object at exit costs ~10 ms here, on every run and every TAB.
    Exit hooks still run and output is flushed first; then the operating system reclaims the
    rest at once.
    """
    import atexit

    if isinstance(code, int):
        status = code
    elif code is None:
        status = 0
    else:  # sys.exit("message"): the message goes to stderr, the status is 1
        sys.stderr.write(f"{code}\n")
        status = 1
    run_hooks = getattr(atexit, "_run_exitfuncs", None)
    if run_hooks is not None:
        run_hooks()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:  # the reader left before the end: never report it complete
            status = status or EXIT_PIPE
        except OutputError as exc:  # the end of the output could not be written
            report(exc)
            status = EXIT_IOERR if status in (0, EXIT_UNASSESSED) else status
        except (OSError, ValueError, AttributeError):
            pass
    os._exit(status)


def _evaluate_annotations(infos: list[Any]) -> None:
    """Evaluate each callback's string annotations once, for Typer to read as objects.

    Under ``from __future__ import annotations`` every annotation is a string, and Typer reads
    a command's signature and type hints some five times while building it, evaluating (and
    compiling) every string each time: ~1 ms a run. A callback whose hints cannot be evaluated
    is left as it is, for Typer to report as it would.
    """
    import typing

    for info in infos:
        callback = getattr(info, "callback", None)
        if callback is None:
            continue
        try:
            callback.__annotations__ = typing.get_type_hints(callback, include_extras=True)
        except Exception:  # Typer reads the strings itself and says what is wrong
            continue


def _named(command: Any) -> str:
    return str(getattr(command.callback, "__name__", ""))


def settings(ctx: typer.Context) -> Settings:
    """The global options for this run."""
    root = ctx.find_root()
    return root.obj if isinstance(root.obj, Settings) else Settings()


def load(ctx: typer.Context) -> Rules:
    """The rules for this run (validated; cached when allowed)."""
    from magadvise.rules.load import load_rules

    options = settings(ctx)
    return load_rules(options.rules, options.use_cache, ends_with_exit)


def emit_json(document: object) -> None:
    """Write a JSON document to stdout."""
    from magadvise.render.jsonout import dumps

    sys.stdout.write(dumps(document))


def emit(*renderables: Any) -> None:
    """Print Rich renderables to stdout, one after another, in one pass."""
    from rich.console import Group

    from magadvise.render.terminal import make_console

    make_console().print(Group(*renderables))
