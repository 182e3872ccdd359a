"""Completion candidates quoted for the shell that reads them (loaded only while completing).

Typer hands candidates to bash raw (``can't-sleep`` leaves bash waiting for a closing quote,
``Mg(OH)2`` is a syntax error) and to zsh with ``'`` doubled inside single quotes, which zsh
reads as nothing (``can't sleep`` arrives as ``cant sleep``). Here bash gets each candidate
backslash-escaped, as ``printf %q`` would write it, and zsh gets a properly quoted
``_arguments`` list. Fish quotes what it inserts itself, so it needs nothing.
"""

from __future__ import annotations

from typer._click.shell_completion import CompletionItem, add_completion_class
from typer._completion_classes import BashComplete, ZshComplete

_BASH_PLAIN = frozenset("_-.,/+:=@%^")


def bash_word(value: str) -> str:
    """``can't-sleep`` -> ``can\\'t-sleep``: bash inserts it, then reads it back as one word."""
    return "".join(c if c.isalnum() or c in _BASH_PLAIN else "\\" + c for c in value)


def zsh_item(value: str, help: str | None) -> str:
    """One ``"value":"help"`` item of the ``_arguments`` list that zsh evals."""

    def quoted(text: str) -> str:
        for char in '\\"$`':
            text = text.replace(char, "\\" + char)
        return '"' + text.replace(":", "\\\\:").replace("\n", " ") + '"'

    return quoted(value) + (":" + quoted(help) if help else "")


class Bash(BashComplete):
    """Typer's bash completion, candidates escaped."""

    def format_completion(self, item: CompletionItem) -> str:
        return bash_word(str(item.value))


class Zsh(ZshComplete):
    """Typer's zsh completion, with quoting zsh reads back exactly."""

    def format_completion(self, item: CompletionItem) -> str:
        return zsh_item(str(item.value), item.help)

    def complete(self) -> str:
        args, incomplete = self.get_completion_args()
        items = [self.format_completion(i) for i in self.get_completions(args, incomplete)]
        if not items:
            return "_files"
        spec = "*: :((" + " ".join(items) + "))"
        return "_arguments '" + spec.replace("'", "'\\''") + "'"


def install() -> None:
    """Use these classes for bash and zsh in this run."""
    add_completion_class(Bash, "bash")
    add_completion_class(Zsh, "zsh")
