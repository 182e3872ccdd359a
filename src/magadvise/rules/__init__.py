"""The rules file: reading, validating and modelling it."""
