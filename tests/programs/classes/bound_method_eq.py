# Bound methods compare equal when they bind the same object to the same function.
class A:
    def f(self):
        return 1

    def g(self):
        return 2


a = A()
b = A()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f is a.f, A.f == A.f, a.f == a.g)
print(hash(a.f) == hash(a.f), len({a.f, a.f, b.f}))
l = [1]
m = [1]
print(l.append == l.append, l.append == m.append, l.append != l.pop)
d = {a.f: "f"}
print(d[a.f])
print(a.f == 1, a.f in [a.g, a.f])
