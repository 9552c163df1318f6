# Complex numbers: literals, construction, arithmetic with every numeric type, repr.
print(2j, 0j, 1.5j, -1j, 1 + 2j, 1 - 0j, -(1 - 0j), 1e300j, 2.5e-7j)
print(repr(3 + 4j), str(3 - 4j), [1j, 2 + 0j])
print(type(1j).__name__, isinstance(1j, complex), isinstance(1.0, complex))
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -2, b ** 0, a ** 0.5)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, a * True, False + a)
print(2 ** a, 2.0 ** 1j, a ** a, 1j ** 2, (-1) ** 0.5 if False else (-1 + 0j) ** 0.5)
print(-a, +a, abs(b), abs(3j), abs(-0j), abs(complex(float("inf"), 1)))
print(a.real, a.imag, a.conjugate(), (2j).real, (2j).imag, (5).real, (5).imag, (1.5).imag)
z = 0j
z += 1
z *= 1j
z -= 2.5
z /= 2
print(z)
print(complex(), complex(1), complex(1.5, 2), complex(1, -0.0), complex(0.0, 0.0), complex(-0.0, 0.0))
print(complex(real=3), complex(imag=-0.0), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(True, 2))
print(complex("1+2j"), complex(" (3-4J) "), complex("j"), complex("-j"), complex("1e3j"), complex("2.5"))
print(complex("inf+nanj"), complex("-1e-3-1e+3j"), complex("+1.5"), complex(a))
print(complex(float("nan"), float("inf")), complex(float("-inf"), -0.0), complex(0, float("nan")))
print(1e200j * 1e200j, 10j / 3, (1 + 1j) / (1e-300 + 1e-300j))
print(sum([1j, 2, 3.5]), [x * 1j for x in range(3)])
