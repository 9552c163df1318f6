# A function of a module whose import failed, called afterwards: its globals() is still
# the namespace it knew (CPython keeps the module alive through the function; mpyc gives an
# empty one: docs/language.md), never a crash.
import hooks_mod

try:
    import failing_mod
except ZeroDivisionError:
    print("import failed")
r = hooks_mod.hooks[0]()
print(type(r).__name__, len(r), r[1])
