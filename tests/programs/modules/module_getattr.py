# A module's __getattr__ (PEP 562) answers for names it lacks: attribute loads, getattr,
# hasattr and `from … import`; its __dir__ is what dir() lists.
import lazy_attrs_mod

print(lazy_attrs_mod.foo, lazy_attrs_mod.real)
from lazy_attrs_mod import bar, real

print(bar, real)
print(getattr(lazy_attrs_mod, "baz"), getattr(lazy_attrs_mod, "bad1", "default"))
print(hasattr(lazy_attrs_mod, "bad2"), hasattr(lazy_attrs_mod, "good"))
try:
    from lazy_attrs_mod import bad3
except ImportError as e:
    print("ImportError", e.name)
try:
    from lazy_attrs_mod import boom
except ValueError as e:
    print("ValueError", e)
try:
    lazy_attrs_mod.bad4
except AttributeError as e:
    print("AttributeError", e)
print(dir(lazy_attrs_mod))
for i in range(3):
    print(lazy_attrs_mod.foo, end=" ")
print()
