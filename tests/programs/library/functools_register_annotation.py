# singledispatch's register reads the implementation's annotation (the program itself never
# names __annotations__), and make_dataclass with no options named (slots left out).
import functools
from dataclasses import make_dataclass


@functools.singledispatch
def describe(x):
    return "thing"


@describe.register
def _(x: int):
    return "int %d" % x


@describe.register
def _(x: str) -> str:
    return "str " + x


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


print(describe(1), describe("s"), describe([1, 2]), describe(2.5))

Pt = make_dataclass("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt(1, 2) == Pt(1, 2))
Named = make_dataclass("Named", ["name"], frozen=True)
print(Named("n"))
