# types.ModuleType(name[, doc]) makes an empty module whose attributes the program sets; put
# into sys.modules, it is imported by name.
# expect: no warnings
import sys
import types

m = types.ModuleType("plugin")
print(m, m.__name__, m.__doc__, isinstance(m, types.ModuleType), type(m) is type(sys))
m.value = 42
m.greet = lambda who: "hello " + who
print(m.value, m.greet("you"), hasattr(m, "missing"), sorted(k for k in vars(m) if not k.startswith("__")))
print(sorted(k for k in dir(m) if not k.startswith("__")))
d = types.ModuleType("documented", "The doc.")
print(d.__doc__, types.ModuleType(name="kw").__name__)
del m.value
print(hasattr(m, "value"))
try:
    m.nothing
except AttributeError as e:
    print("AttributeError:", e)
sys.modules["plugin"] = m
import plugin
from plugin import greet

print(plugin is m, greet("me"))
for bad in ((), (1,), ("a", "b", "c")):
    try:
        types.ModuleType(*bad)
    except TypeError as e:
        print("TypeError")
