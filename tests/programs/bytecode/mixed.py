# Native and bytecode functions in one program (MicroPython's emitter decorators choose, in
# every --code mode): they call each other, raise through each other, yield from each other,
# close over each other's variables, and are methods of one class.
import micropython


@micropython.native
def n_add(a, b):
    return a + b


@micropython.bytecode
def b_add(a, b):
    return n_add(a, b) * 2


@micropython.native
def n_calls_b(x):
    return b_add(x, 1) + 1


@micropython.viper
def v_sum(n):
    s = 0
    for i in range(n):
        s += b_add(i, i)
    return s


print(n_add(1, 2), b_add(1, 2), n_calls_b(5), v_sum(10))


# Keyword arguments, defaults, *args and **kw across the boundary.
@micropython.bytecode
def b_kw(a, b=10, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))


@micropython.native
def n_kw(a, b=20, *rest, c=4, **kw):
    return (a, b, rest, c, sorted(kw.items()))


@micropython.native
def n_to_b():
    return b_kw(1), b_kw(1, 2, 3, 4, c=5, d=6), b_kw(*[7, 8], **{"c": 9, "e": 0})


@micropython.bytecode
def b_to_n():
    return n_kw(1), n_kw(1, 2, 3, 4, c=5, d=6), n_kw(*[7, 8], **{"c": 9, "e": 0})


print(n_to_b())
print(b_to_n())


# Exceptions raised in one kind, caught in the other, with the traceback through both.
class Oops(Exception):
    pass


@micropython.native
def n_raise(depth):
    if depth == 0:
        raise Oops("deep")
    return b_raise(depth - 1)


@micropython.bytecode
def b_raise(depth):
    if depth == 0:
        raise ValueError("shallow")
    return n_raise(depth - 1)


@micropython.bytecode
def b_catch(depth):
    try:
        n_raise(depth)
    except Oops as e:
        return "b caught Oops " + str(e)
    except ValueError as e:
        return "b caught ValueError " + str(e)
    finally:
        print("b finally", depth)


@micropython.native
def n_catch(depth):
    try:
        return b_raise(depth)
    except (Oops, ValueError) as e:
        return "n caught " + type(e).__name__


for d in range(4):
    print(b_catch(d), n_catch(d))


# Generators of one kind driven by, and delegating to, the other.
@micropython.native
def n_gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("n_gen got", got)
    return "n done"


@micropython.bytecode
def b_gen(n):
    r = yield from n_gen(n)
    print("b_gen result", r)
    yield -1
    return "b done"


@micropython.native
def n_outer():
    r = yield from b_gen(3)
    yield r


print(list(n_outer()))
g = b_gen(3)
print(next(g), g.send("hello"), next(g))
print(sum(x for x in b_gen(4)))


@micropython.bytecode
def b_gen_raises():
    yield 1
    raise Oops("from a bytecode generator")


@micropython.native
def n_drive():
    out = []
    try:
        for v in b_gen_raises():
            out.append(v)
    except Oops as e:
        out.append(str(e))
    return out


print(n_drive())


# Closures: a native function's cell read and written by a bytecode inner function, and back.
@micropython.native
def n_counter():
    count = 0

    @micropython.bytecode
    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


@micropython.bytecode
def b_counter():
    total = [0]

    @micropython.native
    def add(k):
        total[0] += k
        return total[0]

    return add


c1, c2 = n_counter(), b_counter()
print(c1(1), c1(2), c2(10), c2(20))


# Methods of one class, each its own kind; an instance passed between them.
class Vec:
    @micropython.bytecode
    def __init__(self, x, y):
        self.x, self.y = x, y

    @micropython.native
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    @micropython.bytecode
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

    @micropython.native
    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    @micropython.bytecode
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4).scaled(2)
print(v, v.norm2(), sorted([Vec(3, 0), Vec(1, 1), Vec(0, 2)], key=Vec.norm2))


# Functions passed around as values: map, sorted's key, a callback table.
@micropython.bytecode
def b_square(x):
    return x * x


@micropython.native
def n_neg(x):
    return -x


table = {"sq": b_square, "neg": n_neg}
print(list(map(b_square, range(5))), sorted(range(5), key=n_neg), [table[k](7) for k in sorted(table)])

# Recursion alternating between the two kinds.


@micropython.native
def n_fib(n):
    return n if n < 2 else b_fib(n - 1) + b_fib(n - 2)


@micropython.bytecode
def b_fib(n):
    return n if n < 2 else n_fib(n - 1) + n_fib(n - 2)


print(n_fib(15), b_fib(15))

# An uncaught exception through both kinds: the traceback names each frame.
b_raise(3)
