"""The exceptions magadvise raises, each mapped to one exit code."""

from __future__ import annotations

from magadvise.record import Record

EXIT_OK = 0
EXIT_RULES = 1
EXIT_USAGE = 2
EXIT_UNASSESSED = 3
EXIT_NOT_ADVISED = 4  # done, but no dose can be advised for this person: not a go-ahead
EXIT_INTERNAL = 70
EXIT_IOERR = 74  # output could not be written (BSD sysexits EX_IOERR): closed or full stdout
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports a process ended by SIGINT
EXIT_PIPE = 141  # stdout closed early, as a shell reports a process ended by SIGPIPE


def outcome(go_ahead: bool, assessed: bool) -> int:
    """The exit code of an advice command that ran: 4 (no dose advised) wins over 3 (a medicine
    not assessed), since no dose is advised whatever the unchecked medicine is; the output
    still names what was not assessed."""
    if not go_ahead:
        return EXIT_NOT_ADVISED
    return EXIT_OK if assessed else EXIT_UNASSESSED


class Problem(Record):
    """One thing wrong with a rules file, located as precisely as we can."""

    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class Problems(list[Problem]):
    """Problems in report order, kept up to a limit, and how many more were found.

    A file with a million bad keys must not print a million lines nor hold them in memory:
    past the limit, problems are only counted (``unreported``).
    """

    unreported: int = 0

    @property
    def total(self) -> int:
        """Every problem found, kept or not."""
        return len(self) + self.unreported


class MagadviseError(Exception):
    """Base class: a failure the user can act on, with its exit code."""

    exit_code = EXIT_INTERNAL

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class RulesError(MagadviseError):
    """The rules file cannot be used: unreadable, not YAML, or invalid."""

    exit_code = EXIT_RULES

    def __init__(self, problems: list[Problem], hint: str | None = None) -> None:
        self.problems = problems
        first = str(problems[0]) if problems else "the rules file cannot be used"
        super().__init__(first, hint)


class UsageError(MagadviseError):
    """The command line asks for something that does not exist."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        hint = f"did you mean {_quote_list(suggestions)}?" if suggestions else None
        super().__init__(message, hint)
        self.suggestions = suggestions


class OutputError(MagadviseError):
    """The result could not be written: standard output closed or full, a disk full."""

    exit_code = EXIT_IOERR


ECHO_LIMIT = 60
"""Longest piece of user text echoed back in a message (characters); longer is clipped."""


def echo(text: str) -> str:
    """``text`` quoted for an error message: ``'...'``; blank or invisible text as its repr;
    over ECHO_LIMIT characters clipped, with its length, so a pasted essay is not printed back."""
    if not text.strip() or not text.isprintable():
        shown = repr(text)
        if len(shown) > ECHO_LIMIT:
            return f"{shown[:ECHO_LIMIT]}… ({len(text)} characters)"
        return shown
    if len(text) > ECHO_LIMIT:
        return f"'{text[:ECHO_LIMIT]}…' ({len(text)} characters)"
    return f"'{text}'"


def _quote_list(items: tuple[str, ...]) -> str:
    quoted = [f"'{item}'" for item in items]
    if len(quoted) == 1:
        return quoted[0]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]
