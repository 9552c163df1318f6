# doctest.testmod() runs the examples of the docstrings (compiled ahead of time with the
# program): silent when all pass, and the verbose report as CPython's.
"""A module with examples.

>>> square(3)
9
"""


def square(x):
    """Square a number.

    >>> square(2)
    4
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> y = square(5)
    >>> y
    25
    >>> print("a\\nb")
    a
    b
    >>> square("x")
    Traceback (most recent call last):
        ...
    TypeError: can't multiply sequence by non-int of type 'str'
    """
    return x * x


class Box:
    """A box.

    >>> b = Box(2)
    >>> b.value
    2
    >>> for i in range(3):
    ...     print(i)
    0
    1
    2
    """

    def __init__(self, v):
        self.value = v

    def double(self):
        """
        >>> Box(4).double()
        8
        >>> Box(1).double()  # doctest: +ELLIPSIS
        2...
        """
        return self.value * 2


def helper():
    return 1


if __name__ == "__main__":
    import doctest

    print(doctest.testmod())
    doctest.testmod(verbose=True)
