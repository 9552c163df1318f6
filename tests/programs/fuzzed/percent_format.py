# Found by tests/fuzz.rs: `%` formatting of a long format string copied it into a char array
# (4 bytes a character) and could fail inside the Rust allocator; now walked as bytes.
s = '%s=%d' * 2000
try:
    print(len(s % ('a', 1)))
except TypeError as e:
    print("TypeError", e)
print(len(('%s' * 1000) % tuple(range(1000))))
for f in ['%.99999999999999999999f', '%99999999999999999999s', '%.3000000000f']:
    try:
        print(f % 1.5)
    except ValueError as e:
        print("ValueError", e)
print('%s é %d ü %%' % ('ä', 5))
for f in ['aé%y', 'üé%€', '%']:
    try:
        print(f % (1,))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print('%(a)s-%(b)5d|%-4s|%04d|%+.2f|%x' % {'a': 'x', 'b': 3} if False else '%-4s|%04d|%+.2f|%x' % ('ab', 7, 2.5, 255))
print('%(a)s-%(b)5d' % {'a': 'x', 'b': 3})
