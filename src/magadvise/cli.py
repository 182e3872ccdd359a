"""Entry point: the app with every command registered."""

from __future__ import annotations

from magadvise.app import app
from magadvise.commands import advice, catalog

__all__ = ["advice", "app", "catalog", "main"]


def main() -> None:
    """Run magadvise."""
    app()
