# locals(), vars(), dir() and globals() without arguments: snapshots of the names bound now
# (parameters, locals, cells, free variables; a class body's namespace; module globals).
counter = 10
def f(a, b=2, *rest, **kw):
    x = a + b
    if x > 100:
        never = 1
    def inner():
        return x + counter
    print(sorted((k, v) for k, v in locals().items() if k != "inner"), "inner" in locals())
    print(sorted(vars()), dir())
    return inner
f(1, 5, 6, k=7)
def g():
    y = 3
    def h():
        z = y + 1
        return sorted(locals())
    return h()
print(g())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
def fmt(name, age):
    return "%(name)s is %(age)d" % locals()
print(fmt("Bo", 9))
class C:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
g_ = globals()
print("counter" in g_, g_["counter"], "f" in g_, g_["__name__"], "undefined_yet" in g_)
undefined_yet = 1
print("undefined_yet" in globals(), globals()["undefined_yet"])
print([n for n in dir() if not n.startswith("__")][:4])
