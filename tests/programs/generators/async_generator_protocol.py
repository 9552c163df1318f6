# Async generators driven by hand: asend/athrow/aclose and __anext__ step objects with send(), in
# every state (not started, suspended, finished), the errors CPython raises, and type names.
async def ag():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("fin")
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return "EXC %r" % (e,)
g = ag()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
print(run(g.asend(None)))
print(run(g.asend("hi")))
print(run(g.aclose()))
print(run(g.__anext__()))
print(run(g.athrow(ValueError)))
print(run(g.aclose()))
g = ag()
print(run(g.asend(5)))
print(run(g.athrow(ValueError("v"))))
print(run(g.__anext__()))
async def ig():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ig(); print(run(g.__anext__())); print(run(g.aclose()))
async def si():
    yield 1
    raise StopAsyncIteration
g = si(); print(run(g.__anext__())); print(run(g.__anext__()))
async def st():
    yield 1
    raise StopIteration
g = st(); print(run(g.__anext__())); print(run(g.__anext__()))
g = ag(); print(run(g.aclose())); print(run(g.__anext__()))
g = ag(); print(run(g.athrow(KeyError, KeyError(3)))) 
print(run(g.athrow(KeyError)))
# throw(type, value) on a plain generator: the value itself when an instance, else type(value).
def plain():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", repr(e))
p = plain(); next(p)
p.throw(ValueError, "msg"); p.throw(KeyError, KeyError(4)); p.throw(TypeError, ("a", 1)); p.throw(IndexError(2))
try:
    p.throw(IndexError(2), 5)
except TypeError as e:
    print(e)
