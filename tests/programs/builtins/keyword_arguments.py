# Keyword arguments to built-in functions and methods: those CPython takes by name work, the
# others raise its TypeError (a method given one ran as if it had none, or indexed past its
# arguments).
def t(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
t(lambda: [].append(x=1))
t(lambda: {}.get(k=1))
t(lambda: [].extend(x=[]))
t(lambda: [].insert(0, x=1))
t(lambda: [1].index(x=1))
t(lambda: set().add(x=1))
t(lambda: [1].pop(x=1))
t(lambda: 'a'.upper(x=1))
t(lambda: list.append(x=1))
t(lambda: abs(x=1))
t(lambda: len(obj=[]))
t(lambda: b'ab'.hex(sep=':'))
t(lambda: b'abcd'.hex(sep=':', bytes_per_sep=2))
t(lambda: memoryview(b'ab').hex(sep='-'))
t(lambda: round(number=2.5))
t(lambda: round(2.567, ndigits=1))
t(lambda: round(ndigits=1))
t(lambda: pow(base=2, exp=3))
t(lambda: pow(2, exp=3, mod=5))
t(lambda: pow(2, base=3))
t(lambda: int.from_bytes(bytes=b'\x01\x00', byteorder='little'))
t(lambda: sorted([3, 1], reverse=True))
t(lambda: 'a b'.split(maxsplit=1))
t(lambda: max([1, 3], key=lambda v: -v))
import math
t(lambda: math.sqrt(x=4))
t(lambda: math.isclose(1, 1.0000001, rel_tol=1e-3))
