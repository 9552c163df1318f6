# Unpacking an object of a list or tuple subclass with an __iter__ of its own takes what
# __iter__ gives, as CPython's unpacking does (a plain subclass's objects: their items).
class L(list):
    def __iter__(self):
        return iter(["o1", "o2"])


class T(tuple):
    def __iter__(self):
        return iter("xy")


a, b = L([7, 8]); print(a, b)
c, *d = L([7, 8, 9]); print(c, d)
e, f = T((1, 2)); print(e, f)
for g, h in [L([1, 2])]:
    print(g, h)
(i, j), k = L([3, 4]), 5
print(i, j, k)


class Plain(list):
    pass


m, n = Plain([1, 2]); print(m, n)
