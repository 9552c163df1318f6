# Iterators over iterators (enumerate, filter, map, zip, iter of a callable) nested thousands deep: stepping the
# outermost either works or raises RecursionError that the program catches, where the stack
# ends (it ran the runtime off its stack: a crash on the host and on the boards).
# not under --gc-stress (20,000 nested iterators, each allocation a collection of them all).


def nested(wrap, depth):
    x = [1, 2]
    for _ in range(depth):
        x = wrap(x)
    try:
        return len(list(x)) == 2
    except RecursionError:
        return True


for name, wrap in [
    ("enumerate", enumerate),
    ("filter", lambda x: filter(None, x)),
    ("map", lambda x: map(lambda v: v, x)),
    ("zip", zip),
    ("iter", lambda x: iter(iter(x).__next__, None)),
]:
    print(name, nested(wrap, 20), nested(wrap, 20000))

# The program goes on with its stack intact.
print(sum(map(abs, range(-3, 3))))
