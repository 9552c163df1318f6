# A module without a docstring is an item with no tests in the verbose report; doctest
# imported with __import__ is found as well.
def f(x):
    """
    >>> f(2)
    3
    """
    return x + 1
if __name__ == "__main__":
    __import__("doctest").testmod(verbose=True)
