# `builtins` as a module: its functions, types, exceptions and constants are the builtins themselves.
import builtins
from builtins import ValueError as VE, len as L
print(builtins.len([1]), builtins.print is print, builtins.int is int, VE is ValueError, L("ab"))
print(builtins.__name__, builtins.NotImplemented, builtins.Ellipsis, builtins.super is super)
print(hasattr(builtins, "sorted"), hasattr(builtins, "nope"), getattr(builtins, "KeyError"))
try:
    builtins.nope
except AttributeError as e:
    print("AttributeError", e)
import sys
print("builtins" in sys.modules, sys.modules["builtins"] is builtins)
print(hasattr(builtins, "NoneType"), hasattr(builtins, "function"), hasattr(builtins, "int"))
print("len" in dir(builtins), "ValueError" in dir(builtins), "NoneType" in dir(builtins))
