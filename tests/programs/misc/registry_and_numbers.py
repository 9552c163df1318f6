class Meta:
    pass
class Shape:
    registry = {}
    def __init_subclass_manual(cls):
        pass
    @classmethod
    def register(cls, sub):
        cls.registry[sub.__name__] = sub
        return sub
@Shape.register
class Sq(Shape):
    def __init__(self, s=1):
        self.s = s
    def __eq__(self, o):
        return NotImplemented if not isinstance(o, Sq) else self.s == o.s
print(Shape.registry, Sq(2) == Sq(2), Sq(2) == 2, Sq() != Sq(3))
x = [1, 2, 3]
y = x
x += [4]
x = x + [5]
print(x, y)
d = {}
d.setdefault("k", []).append(1)
print(d, {**d, "z": 0}, dict(sorted({"b": 1, "a": 2}.items())))
s = "a-b-c"
print(s.split("-", maxsplit=1), s.rsplit("-", maxsplit=1), s.split(sep="-"))
print(int("101", base=2), sorted([3, 1, 2], key=None), min(3, 1, key=lambda v: -v))
print(round(5.5), round(6.5), round(-5.5), f"{0.1 + 0.2:.17f}", 1e308 * 10, -1e308 * 10)
print(divmod(-7.5, 2), 7.5 // -2, -7 % 3.5, 2 ** 31, 2 ** 63, -(2 ** 31))
print([1, 2] * 0, "x" * -1, [] * 5, (1,) * 2)
