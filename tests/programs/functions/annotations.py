# A function's __annotations__: its annotated parameters in order, then `return`, evaluated
# when the def runs; {} without any (made once); a method's are its function's; a bound
# method forwards other attributes to its function too.
def f(a: int, b: "str" = "x", *args: float, k: bool = True, **kw: dict) -> list:
    return [a]


def g(x, y):
    return x


print(f.__annotations__)
print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)
print((lambda q: q).__annotations__)

T = tuple


class C:
    def m(self, v: T) -> None:
        pass


C.m.tag = "tagged"
c = C()
print(C.m.__annotations__, c.m.__annotations__, c.m.tag, c.m.__func__ is C.m)


def deco(fn):
    fn.seen = sorted(fn.__annotations__)
    return fn


@deco
def h(p: int, q: str) -> float:
    return 0.0


print(h.seen, h.__annotations__["return"])
