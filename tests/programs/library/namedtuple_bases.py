# A namedtuple class derives from tuple alone, as CPython's.
from collections import namedtuple

P = namedtuple("P", "x y")
print(P.__bases__, P.__mro__, issubclass(P, tuple))
p = P(1, 2)
print(p, p._asdict(), p._replace(y=5), P._make([3, 4]), P._fields, p.__getnewargs__())


class Q(P):
    def norm(self):
        return abs(self.x) + abs(self.y)


q = Q(-3, 4)
print(Q.__bases__, [c.__name__ for c in Q.__mro__], q.norm(), q, q._replace(x=0))
