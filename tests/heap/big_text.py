# Text bigger than the heap is a MemoryError before it is made, not a failure inside the Rust
# allocator: a `%` width, a str repeated (found by tests/fuzz.rs: `(a << 5) * '%s=%d'`).
for make in (lambda: '%100000000s' % 'x', lambda: '%.100000000f' % 1.0, lambda: 'ab' * 60000000):
    try:
        print(len(make()))
    except MemoryError:
        print("MemoryError")
print(len('%5000s' % 'x'), len('ab' * 3000))
