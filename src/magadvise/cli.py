"""Entry point: the app with every command registered.

A run imports only the module of the command on its command line (the others cost a few
milliseconds of imports and Typer registration on every call and every TAB); help, an unknown
word, or ``from magadvise.cli import app`` registers them all, in the order help lists them.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

__all__ = ["COMMANDS", "MODULES", "app", "main"]  # noqa: F822 - app comes from __getattr__

MODULES = ("advice", "catalog", "dosing", "planning", "rules")
# Which module of magadvise.commands defines each command (tests check it against the app).
COMMANDS = {
    "recommend": "advice",
    "cautions": "advice",
    "formulations": "catalog",
    "goals": "catalog",
    "conditions": "catalog",
    "medications": "catalog",
    "sources": "catalog",
    "dose": "dosing",
    "intake": "planning",
    "foods": "planning",
    "plan": "planning",
    "rules": "rules",
}


def register(command: str | None = None) -> None:
    """Import the module defining ``command`` (every command module if None or unknown)."""
    module = COMMANDS.get(command or "")
    for name in (module,) if module else MODULES:
        importlib.import_module(f"magadvise.commands.{name}")


def __getattr__(name: str) -> Any:
    """``from magadvise.cli import app``: the app with every command (PEP 562)."""
    if name == "app":
        from magadvise.app import app

        register()
        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Run magadvise."""
    warm_start()
    from magadvise.app import collect_less, run

    collect_less()  # before the command's modules are imported (see app.collect_less)
    name = command_word()
    register(name)
    run(name)


def warm_start() -> None:
    """Before the command's modules are imported: serve the compiled modules a run imports
    (:mod:`magadvise.codebundle`) and its compiled text patterns (:mod:`magadvise.patterns`)
    from the cache folder, unless ``--no-cache`` is given."""
    if "--no-cache" in sys.argv[1:]:
        return
    from magadvise import codebundle, patterns
    from magadvise.rules.cachedir import cache_dir

    root = cache_dir()
    codebundle.install(root)
    patterns.install(root)


GLOBAL_VALUE_OPTIONS = ("--rules",)
GLOBAL_FLAGS = ("--no-cache",)


def command_word() -> str | None:
    """The command named on this command line (or on the line being completed), if certain."""
    from magadvise.app import COMPLETE_VAR

    words = sys.argv[1:]
    shell = os.environ.get(COMPLETE_VAR, "")
    if shell:
        from typer._click.shell_completion import split_arg_string

        if shell.endswith("bash"):
            typed = split_arg_string(os.environ.get("COMP_WORDS", ""))
            words = typed[1 : int(os.environ.get("COMP_CWORD", "0") or 0)]
        else:  # zsh and fish pass the line; its last word is still being typed
            line = os.environ.get("_TYPER_COMPLETE_ARGS", "")
            words = split_arg_string(line)[1:]
            if words and not line.endswith(" "):
                words = words[:-1]
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word in GLOBAL_VALUE_OPTIONS:
            skip = True
        elif word in GLOBAL_FLAGS or word.startswith("--rules="):
            continue
        elif word.startswith("-"):
            return None
        else:
            return word
    return None
