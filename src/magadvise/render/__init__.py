"""Output formats: each a function from an advice result to text."""
