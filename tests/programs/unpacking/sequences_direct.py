# Unpacking tuples and lists of the right length (items copied directly) and of everything else.
a, b = (1, 2)
c, d, e = [3, 4, 5]
print(a, b, c, d, e)
t = (1, [2], "x")
x, y, z = t
y.append(3)
print(x, y, z, t)
for p, q in [(1, 2), [3, 4], "ab", {5: 0, 6: 0}, range(7, 9)]:
    print(p, q)
first, *rest = (1, 2, 3)
print(first, rest)
*init, last = [1]
print(init, last)
for bad in [(1,), (1, 2, 3), [], "abc", 5, None]:
    try:
        m, n = bad
        print(m, n)
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
l = [1, 2]
l[0], l[1] = l
print(l)
def pairs():
    yield 1
    yield 2
g, h = pairs()
print(g, h)
