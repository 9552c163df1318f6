# doctest's report of failing examples, as CPython's: the file and line of each, what was
# expected and what came, directives (+ELLIPSIS, +NORMALIZE_WHITESPACE, +SKIP,
# +IGNORE_EXCEPTION_DETAIL, <BLANKLINE>), and the summary; testmod() returns its counts.
import contextlib
import doctest
import io


def add(a, b):
    """
    >>> add(1, 2)
    4
    >>> add(1, 1)
    2
    >>> add("a", "b")
    Traceback (most recent call last):
    ValueError: wrong
    >>> print("")
    <BLANKLINE>
    >>> add(2, 2)
    >>> print("x   y")  # doctest: +NORMALIZE_WHITESPACE
    x y
    >>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    >>> undefined_name  # doctest: +SKIP
    >>> True
    1
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> int("x")
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: invalid literal for int() with base 10: 'x'
    >>> {}["k"]
    Traceback (most recent call last):
    ...
    KeyError: 'k'
    >>> 1 / 0  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ZeroDivisionError: division...
    """
    return a + b


class Counter:
    """
    >>> # a comment is no example
    >>> c = Counter()
    >>> c.bump(); c.bump()
    1
    2
    >>> c.n
    3
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """
        >>> Counter().bump()
        1
        """
        self.n += 1
        return self.n


def noisy():
    """
    >>> noisy()
    hello
    """
    print("hello!")


def clean(text):
    # The file's path is where the program is: keep its name only.
    out = []
    for line in text.split("\n"):
        if line.startswith('File "'):
            end = line.index('"', 6)
            line = 'File "' + line[6:end].rsplit("/", 1)[-1] + line[end:]
        out.append(line)
    return "\n".join(out)


report = io.StringIO()
with contextlib.redirect_stdout(report):
    result = doctest.testmod()
print(clean(report.getvalue()))
print(result.failed, result.attempted, result)
quiet = io.StringIO()
with contextlib.redirect_stdout(quiet):
    print(doctest.testmod(report=False))
print(repr(clean(quiet.getvalue())[-40:]))
