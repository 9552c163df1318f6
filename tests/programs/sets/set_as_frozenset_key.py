# A set used as a key of `in`, `remove` and `discard` on a set stands for the frozenset of its
# items (CPython retries these three); everywhere else an unhashable set is a TypeError.
s = {frozenset("ab"), frozenset(), 3}
print(set("ab") in s, set("ba") in s, set("abc") in s, set() in s, set() not in s)
s.discard(set("ab"))
print(sorted(map(sorted, (x for x in s if not isinstance(x, int)))), 3 in s)
s.remove(set())
print(len(s))
try:
    s.remove(set("xyz"))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__, sorted(e.args[0]))


class Bag(set):
    pass


print(Bag("q") in {frozenset("q")})
for bad in (lambda: s.add(set()), lambda: {set(): 1}, lambda: [1] in s, lambda: {1: 2}[set()]):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(frozenset("ab") in {frozenset("ab")}, set("ab") == frozenset("ab"))
