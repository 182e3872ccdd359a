"""Entry point: the app with every command registered.

A run imports only the module of the command on its command line (the others cost a few
milliseconds of imports and Typer registration on every call and every TAB); help, an unknown
word, or ``from magadvise.cli import app`` registers them all, in the order help lists them.
"""

from __future__ import annotations

import importlib
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
    from magadvise.app import _command_word, run

    register(_command_word())
    run()
