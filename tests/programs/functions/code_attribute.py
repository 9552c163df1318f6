# f.__code__: what a program asks a function's code object about its parameters (callbacks
# called with as many arguments as they take), its names and its kind.
def f(a, b=1, *rest, key, **opts):
    pass


def plain(x, y, /, z):
    return x


def outer():
    v = 1

    def inner(q):
        return q + v

    return inner


def gen(n):
    yield n


async def coro():
    pass


class Button:
    def press(self, times):
        pass


for fn in (f, plain, outer, outer(), gen, coro, lambda: 0, Button.press, Button().press):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags)
    print(" ", c.co_varnames[: c.co_argcount + c.co_kwonlyargcount], c.co_filename.endswith("code_attribute.py"))


def call_back(handler, value):
    # The pattern of event libraries: pass the value only to a handler that takes one.
    if handler.__code__.co_argcount >= 1:
        return handler(value)
    return handler()


print(call_back(lambda: "none", 5), call_back(lambda v: v * 2, 5))
print(hasattr(f, "__code__"), hasattr(len, "__code__"), type(f.__code__).__name__)
try:
    len.__code__
except AttributeError as e:
    print(e)
