# Recursion through calls the runtime makes — defaults to fill, keywords to bind, `__call__`,
# a decorator's `*args, **kwargs` wrapper, operator methods — to depths a pyboard program may
# reach. Besides CPython's output here, tests/programs.rs (pyboard_limits_cases) runs this on QEMU
# with the pyboard's 16 KiB stack: each depth must fit there (each runtime-made call once took
# 250-750 bytes of stack; a recursion with a default argument stopped at 30 levels).


def defaults(k, a=1, b=2):
    return k if k == 0 else defaults(k - 1) + a


def keywords(k, *, step=1):
    return 0 if k == 0 else keywords(k - step, step=step) + 1


def wraps(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return wrapper


@wraps
def wrapped(k):
    return 0 if k == 0 else wrapped(k - 1) + 1


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, k):
        if k not in self.cache:
            self.cache[k] = self.fn(k)
        return self.cache[k]


@Memo
def memo(k):
    return 0 if k == 0 else memo(k - 1) + 1


class Chain:
    def step(self, k, by=1):
        return 0 if k == 0 else self.step(k - by) + 1

    def __getitem__(self, k):
        return 0 if k == 0 else self[k - 1] + 1

    def __add__(self, k):
        return 0 if k == 0 else (self + (k - 1)) + 1


def walk(k):
    yield k
    if k:
        yield from walk(k - 1)


c = Chain()
print("defaults", defaults(90))
print("method with defaults", c.step(90))
print("__getitem__", c[90])
print("__add__", c + 45)
print("keywords", keywords(40))
print("__call__", memo(40))
print("decorator", wrapped(38))
print("yield from", sum(walk(10)))
