# Numbers' rounding and conversion methods, as attributes (hasattr, duck typing) and called.
import math

print(hasattr(3, "__round__"), hasattr(2.5, "__round__"), hasattr(b"", "__bytes__"), hasattr(1j, "__complex__"))
print(hasattr(3, "__trunc__"), hasattr(3.0, "__floor__"), hasattr(3, "__ceil__"), hasattr(3.0, "__int__"))
print(hasattr("s", "__round__"), hasattr(1j, "__floor__"), hasattr([], "__bytes__"), hasattr(3, "__complex__"))
print((3).__round__(), (2.567).__round__(2), (1234).__round__(-2), (2.5).__round__())
print((5).__trunc__(), (-3.7).__trunc__(), (3.7).__floor__(), (-3.2).__floor__(), (3.2).__ceil__(), (-3.7).__ceil__())
print(True.__round__(), type((7.0).__floor__()).__name__)
print(b"ab".__bytes__(), (1 + 2j).__complex__())


def rounder(x, how):
    # Duck typing as a user writes it: the method if the object has it.
    f = getattr(x, how, None)
    return f() if f is not None else None


for v in (7, -7.5, 2.25, "text"):
    print(v, [rounder(v, m) for m in ("__trunc__", "__floor__", "__ceil__", "__round__")])
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), round(2.675, 2))
try:
    float("inf").__floor__()
except OverflowError as e:
    print("OverflowError:", e)
