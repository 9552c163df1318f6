# A comprehension's later `for` clauses bind variables of the comprehension's own scope: read
# before their clause binds them (in an earlier clause's iterable or condition), they are
# unbound locals (UnboundLocalError), not the enclosing or global names of the same spelling.
x = [5]


def in_function():
    try:
        return [1 for y in [1] for x in x]
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(in_function())
try:
    print([1 for y in [1] for x in x])
except UnboundLocalError as e:
    print("module:", e)
try:
    print([y for y in [1, 2] if z for z in [3]])
except UnboundLocalError as e:
    print("condition:", e)
print([1 for y in [1] for x in [2, 3]])
print([(a, b) for a in range(3) for b in range(a)])
print([x for x in [1, 2] for x in [x, x * 10]])
print({k: v for k in "ab" for v in range(2) if v})
print(sum(b for a in range(4) for b in range(a)))
print(x)
