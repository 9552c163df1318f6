import contextlib
import types
import asyncio


class C(contextlib.AbstractContextManager):
    pass


try:
    C()
except TypeError as e:
    print("TypeError", e)


class E(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True


with E() as e:
    print(type(e).__name__)
    raise ValueError
print("suppressed")


class D:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


class NoExit:
    def __enter__(self):
        pass


class Off(D):
    __exit__ = None


A = contextlib.AbstractContextManager
print(issubclass(D, A), issubclass(NoExit, A), issubclass(Off, A), isinstance(D(), A), isinstance(1, A))
print(isinstance(contextlib.nullcontext(), A), issubclass(E, A))


class AE(contextlib.AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        print("aexit")


async def main():
    async with AE() as x:
        print(type(x).__name__)


asyncio.run(main())
print(issubclass(AE, contextlib.AbstractAsyncContextManager), issubclass(D, contextlib.AbstractAsyncContextManager))

d = {"a": 1}
m = types.MappingProxyType(d)
print(m, m["a"], len(m), list(m), m.get("b", 2), "a" in m, m.copy(), m | {"b": 3}, {"z": 0} | m)
d["b"] = 2
print(m, m == {"a": 1, "b": 2}, list(m.items()), list(m.keys()), list(m.values()))
try:
    m["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del m["a"]
except TypeError as e:
    print("TypeError", e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
try:
    m["zz"]
except KeyError as e:
    print("KeyError", e)
print(repr(m), [types.MappingProxyType({})])
