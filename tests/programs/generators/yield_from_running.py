# A generator suspended in `yield from` one that is running: resuming, throwing into or
# closing it is refused ("generator already executing") and leaves it as it was.


def inner():
    yield 1
    for op in ("send", "throw", "close"):
        try:
            if op == "send":
                outer.send(None)
            elif op == "throw":
                outer.throw(KeyError("k"))
            else:
                outer.close()
        except ValueError as e:
            print(op, "refused:", e)
        yield op
    return "r"


def outer_fn():
    r = yield from inner()
    yield ("outer got", r)


outer = outer_fn()
for v in outer:
    print(v)


# Two levels down: the middle one is suspended, the innermost one runs.
def deepest():
    yield "a"
    try:
        top.send(None)
    except ValueError as e:
        print("deepest refused:", e)
    yield "b"


def middle():
    x = yield from deepest()
    yield "middle"


def top_fn():
    yield from middle()
    yield "top"


top = top_fn()
print(list(top))


# A generator that throws into itself while running.
def selfish():
    try:
        me.throw(RuntimeError("x"))
    except ValueError as e:
        print("self refused:", e)
    yield "still fine"


me = selfish()
print(list(me))
