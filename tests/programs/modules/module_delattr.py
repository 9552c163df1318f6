# del module.name: a global of the program unbound, or an attribute set from outside removed;
# AttributeError with CPython's words when there is none.
import __main__
import sys
g = 5
print(repr(__main__).startswith("<module '__main__'"))
__main__.x = 1
print(__main__.x, hasattr(__main__, "x"))
del __main__.x
print(hasattr(__main__, "x"))
try:
    del __main__.x
except AttributeError as e:
    print("AttributeError:", e)
del __main__.g
try:
    print(g)
except NameError as e:
    print("NameError:", e)
try:
    del sys.nothing
except AttributeError as e:
    print("AttributeError:", e)
