"""The advice: pure functions over the rules model; no printing, no Typer, no Rich."""
