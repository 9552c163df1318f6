# throw() and close() into a generator suspended in `yield from`, as CPython delivers them:
# GeneratorExit closes the inner iterator and is raised in the outer generator; other
# exceptions go to the inner generator or the iterator's own throw method, as given.


class Ticker:
    """An iterator that is not a generator, with throw and close methods."""

    def __init__(self, log):
        self.log = log
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, *args):
        self.log.append(("throw", len(args), args[0]))
        if args[0] == "stop":
            raise StopIteration("finished by throw")
        if args[0] == "boom":
            raise KeyError("from throw")
        return -self.n

    def close(self):
        self.log.append("closed")


class Plain:
    """An iterator without throw or close."""

    def __iter__(self):
        return self

    def __next__(self):
        return 0


def inner(name):
    try:
        yield name + "1"
        yield name + "2"
    except GeneratorExit:
        print(name, "inner sees GeneratorExit")
        raise
    except ValueError as e:
        print(name, "inner caught", e)
        yield name + "-recovered"
    return name + "-done"


def outer(make):
    try:
        got = yield from make()
        print("yield from gave", got)
    except GeneratorExit:
        print("outer sees GeneratorExit")
        yield "after-exit"
    except Exception as e:
        print("outer caught", type(e).__name__, e)
    yield "last"


def run(label, make, *throws):
    print("--", label)
    g = outer(make)
    print(next(g))
    for t in throws:
        try:
            print("throw ->", g.throw(*t))
        except StopIteration as e:
            print("StopIteration", e.value)
        except Exception as e:
            print("raised", type(e).__name__, e)


run("generator, ValueError", lambda: inner("a"), (ValueError("v"),), (ValueError,))
run("generator, GeneratorExit class", lambda: inner("b"), (GeneratorExit,))
run("generator, GeneratorExit instance", lambda: inner("c"), (GeneratorExit(),))
run("generator, KeyError", lambda: inner("d"), (KeyError, "k"))
log = []
run("iterator with throw", lambda: Ticker(log), ("x",), (123,), (ZeroDivisionError, 5), ("stop",))
print(log)
log = []
run("iterator throw raises", lambda: Ticker(log), ("boom",))
log = []
run("iterator closed", lambda: Ticker(log), (GeneratorExit,))
print(log)
run("iterator without throw", Plain, (ValueError("p"),))
run("not an exception", Plain, (123,), (ValueError,))

# close() of a generator in `yield from`: the inner one is closed first.
g = outer(lambda: inner("e"))
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
t = Ticker([])
g = outer(lambda: t)
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e, t.log)


def quiet():
    try:
        yield 1
    except GeneratorExit:
        pass


def wrap():
    yield from quiet()
    yield 2


g = wrap()
next(g)
g.close()
print("closed quietly", list(g))


def plain():
    yield 1


for args in [(int,), ("text",), (ValueError(), 1)]:
    g = plain()
    next(g)
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError", e)
