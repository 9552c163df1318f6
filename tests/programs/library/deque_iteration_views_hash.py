# A deque mutated while iterated raises RuntimeError (items read live); a mapping's values view
# hashes, its keys view does not; pow(x, e, m) of an int subclass with __pow__.
from collections import deque
dq = deque([1, 2, 3])
try:
    for v in dq:
        if len(dq) < 10:
            dq.append(v)
    print(dq)
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2, 3]); it = iter(d); next(it); d.append(9); d.popleft()
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError", e)
d = deque([1, 2]); it = iter(d); d[0] = 5; print(next(it), list(d), list(reversed(d)))
d = deque(maxlen=2)
for x in range(4):
    d.append(x)
print(list(d), [x * 2 for x in d], sum(deque([1, 2, 3])))
from collections import OrderedDict
v = OrderedDict(a=1).values()
print(type(hash(v)).__name__)
try:
    hash(OrderedDict(a=1).keys())
except TypeError as e:
    print("TypeError")
class MyInt(int):
    def __pow__(self, e, m=None): return "mine"
print(pow(MyInt(2), 3, 5), pow(2, 3, 5))
