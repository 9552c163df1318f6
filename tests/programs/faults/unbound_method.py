# A built-in type's method called through the type with no `self` (once a subtract overflow
# in list.append's arity check).
for f in (list.append, list.pop, str.upper, str.join, dict.keys, bytes.hex):
    try:
        f()
    except TypeError as e:
        print(e)
l = []
try:
    l.append()
except TypeError as e:
    print(e)
print(len(l))
