# A generator's and a coroutine's state attributes: gi_running/gi_suspended/gi_yieldfrom,
# cr_running/cr_suspended/cr_await, __name__ and __qualname__.
def inner():
    yield 1
    yield 2

def g():
    print("inside: running", gen.gi_running, "suspended", gen.gi_suspended)
    yield 0
    yield from inner()

gen = g()
print(gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom)
next(gen)
print(gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom)
next(gen)
print(gen.gi_yieldfrom.__name__, gen.gi_suspended)
list(gen)
print(gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom)
print(gen.__name__, gen.__qualname__)

class K:
    def items(self):
        yield self
print(K().items().__qualname__)

async def co():
    return 5
c = co()
print(c.cr_running, c.cr_suspended, c.cr_await, c.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(hasattr(gen, "cr_running"), hasattr(c, "gi_running"), hasattr(gen, "running"), hasattr(gen, "abé"))
