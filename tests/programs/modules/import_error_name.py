# ImportError's name: the module an import did not find.
try:
    import numpy_not_here
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e)
try:
    from math import no_such_function
except ImportError as e:
    print(type(e).__name__, e.name)
e = ImportError("made by hand")
print(e.name, e.path, e.args)
e.name = "mine"
print(e.name)
