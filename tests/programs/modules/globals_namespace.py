# globals() is the module's namespace, one dict: assigning into it, deleting from it and
# update() change the globals, and a name bound only through it can be read by name. Another
# module's namespace is its __dict__, a function's __globals__ its module's, and locals() at
# module level is globals(). (What mpyc does not follow is left out, see docs/language.md: a
# global the code assigns shows in a dict held on to at the next globals() call, and writes
# into such a dict reach the names the code binds only when written as `globals()[k] = v`.)
import sys
import registry_mod

x = 1
g = globals()
print(g is globals(), locals() is g, type(g) is dict, isinstance(g, dict))
globals()["x"] = 2
print(x)
locals()["x"] += 1
print(x)
globals()["y"] = 10
print(y, "y" in globals(), globals()["y"])
for i, name in enumerate(["alpha", "beta"]):
    globals()[name] = i * 100
print(alpha, beta)
globals().update(z=7, x=3)
print(z, x)
del globals()["x"]
try:
    print(x)
except NameError as e:
    print("NameError", e)
x = 5
print(globals()["x"], g["x"], g.setdefault("x", 0), g.pop("alpha"))
try:
    alpha
except NameError as e:
    print("NameError", e)


def bump():
    global counter
    counter = globals().get("counter", 0) + 1
    return counter


bump()
bump()
print(counter, bump.__globals__ is globals())


def make(name, value):
    globals()[name] = value


make("made", [1, 2])
print(made)
print(sorted(k for k in globals() if not k.startswith("__") and k != "registry_mod"))
try:
    print(never)
except NameError as e:
    print("NameError", e)

main = sys.modules[__name__]
main.w = 4
print(w, main.__dict__ is globals(), vars(main)["w"])

# Another module's namespace.
print(registry_mod.on_start(), registry_mod.on_stop())
registry_mod.define("late", 99)
print(registry_mod.late, registry_mod.lookup("late"), registry_mod.lookup("nothing"))
ns = registry_mod.__dict__
print(ns is vars(registry_mod), ns is registry_mod.define.__globals__, ns["late"])
ns["late"] = 100
print(registry_mod.late, registry_mod.lookup("late"))
del ns["late"]
try:
    registry_mod.late
except AttributeError as e:
    print("AttributeError", e)
print("late" in dir(registry_mod), "on_start" in dir(registry_mod))
try:
    bump.__globals__ = {}
except AttributeError as e:
    print("AttributeError", e)


def side():
    global z2
    z2 = "set by code"
    return "k2"


z2 = "before"
globals()[side()] = "via the dict"
print(z2, k2)


def first():
    return "first"


def second():
    return "second"


print(first())
globals()["first"] = second
print(first())
del globals()["first"]
try:
    first()
except NameError as e:
    print("NameError", e)
