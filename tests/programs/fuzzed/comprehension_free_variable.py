# Found by tests/fuzz.rs: a comprehension reading a local of its function that is not bound
# yet raises the NameError of a free variable, as in CPython 3.11 (comprehensions are
# functions of their own there), and the loop variable of the first `for` is its own.
def f(n):
    if n:
        v = 1
    g = [v for i in range(1)]
    return g
for n in (1, 0):
    try:
        print(f(n))
    except Exception as e:
        print(type(e).__name__, e)
def h():
    def inner():
        return w
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 2
    return inner()
print(h())
def k():
    try:
        return [u for i in [1]]
    except NameError as e:
        print(type(e).__name__, e)
    u = 1
    try:
        return [x for x in z]
    except NameError as e:
        print(type(e).__name__, e)
    z = [2]
    return [x + u for x in z]
print(k())
def cell():
    def later():
        return q
    try:
        print([q for i in range(1)])
    except NameError as e:
        print(type(e).__name__, e)
    q = 5
    return later(), [q + i for i in range(2)]
print(cell())
