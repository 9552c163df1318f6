# The operator module's names as CPython 3.11's: the dunder aliases of its functions, the
# in-place functions, and call().
import operator

public = sorted(n for n in dir(operator) if not n.startswith("_"))
print(len(public), public)
module_attrs = ("__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__", "__name__",
                "__package__", "__spec__")
dunders = sorted(n for n in dir(operator) if n.startswith("__") and n not in module_attrs)
print(len(dunders), dunders)
print([n for n in dunders if getattr(operator, n) is not getattr(operator, n.strip("_"), None)])

print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__not__(0), operator.__inv__(5))
print(operator.__getitem__([1, 2, 3], 1), operator.__contains__("abc", "b"), operator.__index__(7))
print(operator.__concat__([1], [2]), operator.__matmul__ is operator.matmul, operator.__call__(len, "ab"))
print(operator.ipow(2, 3), operator.imod(7, 3), operator.ifloordiv(7, 2), operator.itruediv(1, 2))
print(operator.ixor(6, 3), operator.ilshift(1, 3), operator.irshift(8, 1), operator.iconcat("a", "b"))
x = [1]
y = operator.iconcat(x, (2, 3))
print(x, y is x, operator.__iadd__([4], [5]))
s = {1, 2}
print(operator.ixor(s, {2, 3}), s)
print(operator.call(max, 3, 9, key=lambda v: -v), operator.call(dict, a=1))


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, o):
        return M(self.v * o.v)

    def __imatmul__(self, o):
        self.v += o.v
        return self

    def __repr__(self):
        return "M(%d)" % self.v


print(operator.matmul(M(2), M(3)), operator.imatmul(M(2), M(3)), operator.__imatmul__(M(1), M(1)))
for f, args in ((operator.concat, (1, 2)), (operator.iconcat, (1, [2])), (operator.concat, ([1], (2,))),
                (operator.ipow, ("a", 2)), (operator.call, (5,))):
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
