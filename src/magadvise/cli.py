"""Entry point: the app with every command registered."""

from __future__ import annotations

from magadvise.app import app, run
from magadvise.commands import advice, catalog, dosing, planning, rules

__all__ = ["advice", "app", "catalog", "dosing", "main", "planning", "rules"]


def main() -> None:
    """Run magadvise."""
    run()
