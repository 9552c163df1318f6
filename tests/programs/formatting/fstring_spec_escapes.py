# Escapes in an f-string's format spec are decoded (not in a raw one); types.MethodType;
# a metaclass's __getattr__ answers for its classes.
x = 5
print(f"{x:\x2a>4}", f"{x:\n<3}|", f"a\tb{x}")
print(f"{'x':\u00b7^7}", f"{'y':\101<3}", F"{x:\x2d^5}")
try:
    print(rf"{x:\x2a>4}")
except ValueError as e:
    print("ValueError", e)
w = 6
print(f"{x:*>{w}}", f"{3.14159:.{2}f}")
import types
class W:
    v = 7
def free(self, y):
    return f"free {self.v} {y}"
w = W()
w.bound = types.MethodType(free, w)
print(w.bound(2), w.bound.__self__ is w, w.bound.__func__ is free)
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"meta-attr {name}"
class X(metaclass=Meta):
    real = 1
print(X.anything, X.real, hasattr(X, "_hidden"), getattr(X, "other", None))
