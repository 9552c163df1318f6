"""A package of shapes."""
KINDS = ["circle", "square"]
