"""A module with a docstring (module_dunders.py imports it)."""
VALUE = 42


def answer():
    "The answer."
    return VALUE
