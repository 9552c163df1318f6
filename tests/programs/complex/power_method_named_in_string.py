# A negative float's power method reached by a name written in a string: complex, as in
# CPython (the name in the string keeps the method and the power's complex path).
method = getattr(-4.0, "__pow__")
z = method(0.5)
print(type(z).__name__, round(z.imag, 6))
r = getattr(0.5, "__rpow__")(-9.0)
print(type(r).__name__, round(r.imag, 6))
