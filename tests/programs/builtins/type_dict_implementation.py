# A built-in type's __dict__ (its own methods), sys.implementation as a namespace, and
# MicroPython's sys.print_exception refusing what is no stream.
import sys

d = int.__dict__
print("bit_length" in d, "to_bytes" in d, "append" in list.__dict__, "append" in tuple.__dict__)
print(d["bit_length"](255), list.__dict__["append"] is not None, type.__dict__ == {})
print(len(str.__dict__) > 10, "upper" in str.__dict__, "upper" in dir(str))

impl = sys.implementation
print(str(impl).find("version=") > 0, repr(impl).startswith("namespace("))
print(isinstance(impl.name, str), isinstance(impl.version, tuple), len(impl.version) >= 3)

if hasattr(sys, "print_exception"):
    try:
        sys.print_exception(ValueError("x"), 1)
        refused = False
    except OSError:
        refused = True
else:
    refused = True
print(refused)
