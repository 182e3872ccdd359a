"""What a validation pass carries: the Path of a value, the Context that collects problems."""

from __future__ import annotations

from dataclasses import dataclass, field

Path = tuple[str | int, ...]

MAX_PROBLEMS = 200


@dataclass
class Context:
    """What a validation pass knows and what it has found (the first MAX_PROBLEMS, counted)."""

    ids: dict[str, set[str]]
    problems: list[tuple[Path, str]] = field(default_factory=list)
    unreported: int = 0

    @property
    def full(self) -> bool:
        """True once MAX_PROBLEMS are kept: further problems are only counted."""
        return len(self.problems) >= MAX_PROBLEMS

    @property
    def count(self) -> int:
        """Every problem found so far, kept or not."""
        return len(self.problems) + self.unreported

    def report(self, path: Path, message: str) -> None:
        """Record one problem at ``path`` (past MAX_PROBLEMS, only count it)."""
        if self.full:
            self.unreported += 1
        else:
            self.problems.append((path, message))


def dotted(path: Path) -> str:
    """Render a path as ``medications.lasix.classes[0]``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out
