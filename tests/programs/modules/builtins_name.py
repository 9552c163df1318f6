# __builtins__ in the main module is the builtins module, as in CPython.
import builtins

print(__builtins__.len("abc"), __builtins__ is builtins, __builtins__.__name__)
print(__builtins__.max(3, 9), getattr(__builtins__, "min")(4, 2))


def inner():
    return __builtins__.abs(-5)


print(inner())
