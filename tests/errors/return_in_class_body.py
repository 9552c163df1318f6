# error: 6:9: `return` outside a function
# Found by tests/fuzz.rs: a `return` in a class body inside a function (CPython: SyntaxError
# "'return' outside function"; it once reached the optimizer as invalid code).
def factory(n):
    class Local:
        return Local
    return Local
