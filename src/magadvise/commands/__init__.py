"""The commands, grouped by what they are for; each registers itself on the app."""
