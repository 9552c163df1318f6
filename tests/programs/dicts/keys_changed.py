# A dict whose keys change while a loop walks it, its size kept: CPython's RuntimeError
# "dictionary keys changed during iteration" once the walk finds more entries than it had,
# and the walk is over after it; a size change raises at every later step.
d = {1: 1, 2: 2}
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 10] = 0
    print("no error")
except RuntimeError as e:
    print("RuntimeError", e)
print(seen, d)

d = {"a": 1, "b": 2, "c": 3}
it = iter(d.items())
print(next(it))
d.pop("a")
d["z"] = 26
print(next(it))
print(next(it))
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it))

d = {1: 2}
it = iter(d.values())
d[2] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
del d[2]
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError", e)
except StopIteration:
    print("StopIteration")

# Values replaced while walking are no change of keys.
d = dict.fromkeys(range(5), 0)
for k in d:
    d[k] = k * k
print(d)
