# In-place operators on sets update the set itself; on frozensets they make a new one.
s1 = s2 = {1}
s1 |= {2}
print(s1, s2, s1 is s2)
s1 &= {2, 3}
print(s1, s2)
s1 ^= {3}
print(sorted(s2))
s1 -= {2}
print(s1, s2, s1 is s2)
s1 |= frozenset({7})
print(s2)
l1 = l2 = [1]
l1 += [2]
print(l1, l2)
d1 = d2 = {1: 2}
d1 |= {3: 4}
print(d1, d2)
f1 = f2 = frozenset({1})
f1 |= {2}
print(f1, f2, f1 is f2)
def grow(s):
    s |= {10}
    s -= {3}
t = {3, 4}
grow(t)
print(sorted(t))
class Box:
    pass
b = Box()
b.s = {1}
alias = b.s
b.s |= {5}
print(alias)
m = {"k": {1}}
al = m["k"]
m["k"] ^= {1, 9}
print(al)
try:
    s1 |= [1]
except TypeError as e:
    print("TypeError", e)
for op in ("|=", "&=", "-=", "^="):
    try:
        x = {1}
        if op == "|=":
            x |= 5
        elif op == "&=":
            x &= 5
        elif op == "-=":
            x -= 5
        else:
            x ^= 5
    except TypeError as e:
        print("TypeError", e)
try:
    n = 2
    n **= "a"
except TypeError as e:
    print("TypeError", e)
try:
    n = 2
    n - "a"
except TypeError as e:
    print("TypeError", e)
