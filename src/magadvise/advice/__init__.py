"""The advice: pure functions over the rules model; no printing, no Typer, no Rich."""

DISCLAIMER = (
    "General information, not medical advice. Ask your doctor or pharmacist before starting "
    "magnesium, especially if you take prescription medicines or have kidney disease."
)
