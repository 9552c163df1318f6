# Text bigger than the heap is a MemoryError before it is made, not a failure inside the Rust
# allocator: a `%` width, a str repeated (found by tests/fuzz.rs: `(a << 5) * '%s=%d'`), a
# width given to a str method, bytes of a given size, a join, a big int's digits.
N = 100000000
for make in (
    lambda: '%100000000s' % 'x',
    lambda: '%.100000000f' % 1.0,
    lambda: 'ab' * 60000000,
    lambda: 'x'.center(N),
    lambda: 'x'.ljust(N, '-'),
    lambda: 'x'.rjust(N),
    lambda: '-7'.zfill(N),
    lambda: bytes(N),
    lambda: bytearray(N),
    lambda: ('x' * 1000).join(['ab'] * 200000),
):
    try:
        print(len(make()))
    except MemoryError:
        print("MemoryError")
print(len('%5000s' % 'x'), len('ab' * 3000), len('x'.center(5000, 'é')), '-7'.zfill(6))
print(len('-'.join(['ab'] * 3000)), len(bytes(5000)), len(hex(1 << 100000)), len(bin(1 << 40000)))
# The decimal text of an int surely past CPython's 4300 digits is refused before it is made.
for e in (14284, 14286, 400000):
    try:
        print(e, len(str(1 << e)))
    except ValueError as err:
        print(e, "ValueError")
