# object's own methods (__eq__, __ne__, __hash__, __repr__, __str__, __format__) through
# super(), the class and the instance; __hash__ = None implied by __eq__; one protocol for
# comparisons as values and as branch conditions (reflected first for a subclass, != by __eq__).
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        if isinstance(o, Key): return self.k == o.k
        return super().__eq__(o)
    def __hash__(self): return hash(self.k)
    def __str__(self): return "Key " + super().__str__()[:5]
    def __repr__(self): return "<Key>"
print(Key(1) == Key(1), Key(1) == 5, Key(1) != 5, Key(1) != Key(1))
print(str(Key(1)))
print(object.__repr__ is not None)
class Node:
    def __eq__(self, o): return False
    __hash__ = object.__hash__
n = Node()
print({n: 1}[n], hash(n) == object.__hash__(n))
class Parent:
    def __hash__(self): return 1
class Child(Parent):
    def __eq__(self, o): return True
try:
    print(hash(Child()))
except TypeError as e:
    print("TypeError", e)
class Eq:
    def __eq__(self, o): return True
print(Eq.__hash__ is None, Parent.__hash__ is None)
class P:
    pass
p = P()
print(p.__eq__(p), p.__eq__(1), p.__ne__(1), p.__lt__(1), P.__eq__(p, p))
print(object.__eq__(1, 1), object.__ne__(p, p))
print(repr(p) == object.__repr__(p), str(p) == repr(p), format(p) == str(p))
try:
    format(p, "x")
except TypeError as e:
    print(e)
class A:
    def __eq__(self, o):
        print("A.eq"); return NotImplemented
class B:
    def __eq__(self, o):
        print("B.eq"); return True
print(A() != B())
if A() != B(): print("branch ne")
else: print("branch eq")
class C(A):
    def __eq__(self, o):
        print("C.eq"); return NotImplemented
print(A() == C())
if A() == C(): print("y")
class L(list):
    def __eq__(self, o): return "L.eq"
print(L([1]) != [1], L([1]) == [2])
class S(str):
    def __eq__(self, o): return True
print(S("a") != "b", S("a") == "b")
class V:
    def __init__(s, x): s.x = x
    def __lt__(s, o): print("V.lt"); return s.x < o.x
class W(V):
    def __gt__(s, o): print("W.gt"); return s.x > o.x
print(V(1) < W(2))
if V(1) < W(2): print("yes")
print(sorted([V(3), V(1), V(2)], key=lambda v: v)[0].x if False else "skip")
