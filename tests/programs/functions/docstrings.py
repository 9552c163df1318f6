def documented(x):
    """Returns x doubled.

    More text.
    """
    return x * 2
class Doc:
    """A class with a docstring."""
    def method(self):
        "one-line docstring"
        return 1
print(documented(4), Doc().method())
