# dict.fromkeys through a dict, the type, a subclass and a bound method (the object is not a key).
d = {"x": 1}
print(d.fromkeys("ab"))
print(d.fromkeys("ab", 0))
print(dict.fromkeys("ab"))
print(dict.fromkeys({"q": 1}, 2))
f = dict.fromkeys
print(f([1, 2]))
g = d.fromkeys
print(g([3]))
class D(dict):
    pass
print(D().fromkeys("z"), D.fromkeys("y", 1))
for bad in [lambda: {}.fromkeys(5), lambda: dict.fromkeys(), lambda: {}.fromkeys(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    dict.fromkeys("ab", value=1)
except TypeError as e:
    print("TypeError", e)
