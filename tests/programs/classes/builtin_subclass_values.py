# Objects of built-in subclasses: str subclasses as dict and set keys by their own __eq__ and
# __hash__; float(), int(), complex(), .real, .conjugate() give the base type; number methods.
class CIStr(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
a, b = CIStr("Key"), CIStr("KEY")
print(a == b, hash(a) == hash(b))
d = {a: 1}
print(d.get(b), b in d)
print(b in {CIStr("key")})
d2 = {"key": 2}
print(d2.get(b), b in d2, "KEY" in {a})
class Temp(float):
    def __repr__(self):
        return f"{float(self)}C"
t = Temp(21.5)
print(type(float(t)).__name__, type(t.real).__name__, type(t.imag).__name__, type(+t).__name__, type(abs(t)).__name__)
print(repr(t), t.conjugate(), type(t.conjugate()).__name__)
class N(int):
    def __repr__(self): return f"N{int(self)}"
n = N(5)
print(type(int(n)).__name__, type(n.real).__name__, type(n.numerator).__name__, type(+n).__name__, type(abs(n)).__name__, type(-n).__name__)
print(repr(n), type(n.conjugate()).__name__, type(round(n)).__name__, type(n.__index__()).__name__)
class Z(complex): pass
print(type(complex(Z(1+2j))).__name__, type(Z(1).real).__name__)
class T(str):
    def __repr__(self): return "T" + str(self)
x = T("ab")
print(type(str(x)).__name__, repr(x), type(x.upper()).__name__, type(x[0]).__name__, type(x + "c").__name__)
print((5).__index__(), (-5).__abs__(), (2.5).__int__(), (-2.5).__abs__(), (3).__float__(), True.__index__(), (3+4j).__abs__())
print(hasattr(1.5, "__index__"), hasattr(1, "__index__"), hasattr("x", "__int__"), hasattr(1j, "__float__"))
class N(int):
    def __abs__(self): return "mine " + str(super().__abs__())
print(abs(N(-3)), N(-3).__abs__())
