# A name an annotation reads that is bound nowhere raises NameError where CPython evaluates
# the annotation: at the def (parameters, return) or at a module-level `name: annotation`.
import typing


def ok(x: int, *rest: "Later", flag: typing.Optional[int] = None, **kw: dict) -> list[int]:
    return [x]


print(ok(1))
for attempt in range(3):
    try:
        if attempt == 0:
            def f(x: List[int]) -> None:
                return x
        elif attempt == 1:
            def g(x) -> Sequence:
                return x
        else:
            y: Mapping[str, int] = {}
    except NameError as e:
        print("NameError:", e)


def outer():
    T = int

    def inner(a: T, b: Unknown = 1):
        return a

    return inner


try:
    outer()
except NameError as e:
    print("NameError:", e)


class C:
    Alias = int

    def m(self, v: Alias) -> "C":
        return v


print(C().m(5))


def local_annotations():
    z: NotEvaluatedInAFunction = 3
    return z


print(local_annotations())
