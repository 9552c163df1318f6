# zip(..., strict=True): the same results when the lengths agree, else CPython's ValueError naming
# the argument that is shorter or longer ("argument 1", "arguments 1-2").
print(list(zip([1, 2], "ab", strict=True)))
print(list(zip(strict=True)), list(zip([], [], strict=True)))
print(list(zip([1, 2, 3], "ab", strict=False)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2], [1, 2, 3]), ([], [], [], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)

# The values before the end come out first.
out = []
try:
    for a, b in zip(range(5), iter([10, 20, 30]), strict=True):
        out.append(a + b)
except ValueError as e:
    print(out, e)

# strict is taken by its truth; other keywords are refused.
print(list(zip("ab", "cd", strict=1)), list(zip("abc", "de", strict=0)))
try:
    zip([1], foo=True)
except TypeError as e:
    print("TypeError:", e)


# Generators: the longer one is asked one value past the end of the first.
def gen(n):
    for i in range(n):
        yield i
    print("gen", n, "ended")


try:
    print(list(zip(gen(2), gen(3), strict=True)))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(gen(1), gen(1), strict=True)))
