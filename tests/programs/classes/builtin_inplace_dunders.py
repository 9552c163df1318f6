# In-place operator methods of the mutable built-in containers, found by name as CPython's:
# a subclass hands `+=` and `|=` on through super(), and duck typing sees which have them.
class Stack(list):
    def __iadd__(self, other):
        print("adding", other)
        return super().__iadd__(other)

class Bag(set):
    def __ior__(self, other):
        r = super().__ior__(other)
        print("now", sorted(self))
        return r

class Conf(dict):
    def __ior__(self, other):
        return super().__ior__(other)

s = Stack([1]); s += (2, 3); print(s, type(s).__name__)
b = Bag({1}); b |= {2}; print(type(b).__name__, sorted(b))
c = Conf(a=1); c |= [("b", 2)]; print(c, type(c).__name__)
l = [1]; print(l.__iadd__([2]) is l, l, l.__imul__(2), bytearray(b"a").__iadd__(b"b"))
print(set().__ior__([1]), {1, 2}.__iand__({2}), {1, 2}.__isub__({1}), {1}.__ixor__({2}))
print(hasattr(1, "__iadd__"), hasattr((), "__iadd__"), hasattr("", "__iadd__"), hasattr([], "__iadd__"), hasattr({}, "__ior__"), hasattr(frozenset(), "__ior__"))
