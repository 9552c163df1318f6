# printf-style formatting: '*' for the width and the precision, %c's checks.
print('%*d|%*.*d|%*.*d' % (5, 10, 2, 2, 20, 5, 8, 20))
print('%*.*f|%.*s|%-*s|' % (8, 2, 3.25, 2, 'abc', 4, 'x'))
print('%5c|%-5c|%05c|%c' % ('a', 'b', 66, 0x20ac))
print('%#.0f %#.0e %#x %#o %#X' % (1.0, 1.0, 255, 8, 255))
print('%05.1f|%-8.3e|%+g|% d|%08.4d|%-+8.4d|' % (2.25, 12345.5, 0.5, 5, -12, 12))
print('%s %(foo)s %(foo)s' % {'foo': 1})
for fmt, args in [('%c', 'aa'), ('%c', 1.5), ('%c', 0x110000), ('%c', -1), ('%*s', 5), ('%*.*s', (1, 15)),
                  ('%(foo)*s', {'foo': 'bar'}), ('%.*d %.*d', (20, 5)), ('%*', 1), ('a%', 1), ('%(a', {'a': 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print('%*d|%-*d|%*s|' % (-5, 1, 3, 2, -4, 'ab'))
