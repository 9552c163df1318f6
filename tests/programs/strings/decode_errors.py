# Decoding bytes: str(b, encoding, errors) and b.decode(), with CPython's encodings' names,
# error handlers and messages; the argument checks of str() and bytes().
for data in (b'\xff', b'a\xc3', b'\xc3(', b'ok \xe2\x82\xac', b'a\xffb\xc3'):
    for errors in ('strict', 'ignore', 'replace'):
        try:
            print(repr(data.decode('utf-8', errors)), repr(str(data, 'utf-8', errors)))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e, isinstance(e, UnicodeError), isinstance(e, ValueError))
print(b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('ascii', 'replace'), b'caf\xe9'.decode(errors='ignore'))
print(bytearray(b'abc').decode(), str(b'x', encoding='ascii'), str(object=b'y', errors='strict'), b'\xc3\xa9'.decode('UTF_8'))
for f in (lambda: b'a\xff'.decode('ascii'), lambda: b'a'.decode('foo'), lambda: b'a'.decode('utf-8', 'bogus'),
          lambda: str(b'a', 'utf-8', 'ignore', 'x'), lambda: bytes('abc', 'utf-8', 'replace', 'x'),
          lambda: bytearray('abc', 'utf-8', 'replace', 'x'), lambda: str('abc', 'utf-8'), lambda: str(5, 'utf-8'),
          lambda: bytes('abc')):
    try:
        f()
    except (UnicodeDecodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
# An except clause's tuple must hold classes only.
for handler in (1, (1,), (KeyError, 1)):
    try:
        try:
            {}['k']
        except handler:
            print('caught')
    except TypeError as e:
        print('TypeError', e)
# bytes' index says "subsection"; sys.exit(None) is sys.exit().
for f in (lambda: b'abc'.index(b'z'), lambda: b'abc'.index(122), lambda: b'abc'.rindex(b'z'), lambda: bytearray(b'a').index(b'q')):
    try:
        f()
    except ValueError as e:
        print(e)
print(b'abcb'.index(b'b'), b'abcb'.rindex(98))
import sys
try:
    sys.exit(None)
except SystemExit as e:
    print(e.args, e.code)
