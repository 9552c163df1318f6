# json: dumps/loads of scalars, escapes, nesting, indent, sort_keys, separators, decode errors, dump/load on StringIO.
import io
import json

# Scalars and containers with the default separators.
print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-42), json.dumps(12345678901234567890))
print(json.dumps(0.5), json.dumps(-1.25), json.dumps(3.0), json.dumps(1e20))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps([1, 'two', None, [], {}, (3, 4)]))
print(json.dumps({'a': 1, 'b': [True, False], 'c': {'d': None}}))

# String escaping (ensure_ascii behaviour).
print(json.dumps('plain text'))
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps('\n\r\t\b\f'))
print(json.dumps('\x00\x01\x1f\x7f'))
print(json.dumps('caf\u00e9 \u20ac'))
print(json.dumps('smile \U0001f600'))

# Keys that are not strings.
print(json.dumps({1: 'i', 2.5: 'f', None: 'n', 'x': 's'}))
print(json.dumps({True: 't', False: 'f'}), json.dumps({float('inf'): 'inf'}))

# Layout options.
data = {'name': 'mpyc', 'tags': ['a', 'b'], 'empty': [], 'none': {}, 'n': {'x': 1}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, sort_keys=True))
print(json.dumps({'b': [1, {'z': 0, 'y': 1}], 'a': 2}, indent=1, sort_keys=True))
print(json.dumps([1, [2, 3]], indent='--', separators=(';', '=')))

# Encoding errors.
for bad in [{(1, 2): 3}, {1, 2}, b'bytes', [1, object()]]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)

# Decoding values.
print(json.loads('null'), json.loads('true'), json.loads('false'))
print(json.loads('0'), json.loads('-17'), json.loads('123456789012345678901234'))
print(json.loads('0.5'), json.loads('-1.25'), json.loads('1e2'), json.loads('1E+20'), json.loads('2.5e-1'))
print(json.loads('Infinity'), json.loads('-Infinity'), json.loads('NaN') != json.loads('NaN'))
print(json.loads(' [1, 2.0, "x", [true, [null]], {}] '))
print(json.loads('{"a": {"b": [1, {"c": "d"}]}, "e": []}'))
print(json.loads('\t{ "k" :\n"v" ,"k2":[ ] }\r\n'))
print(json.loads('{"dup": 1, "dup": 2}'))
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"ba"')))

# Decoding string escapes.
print(json.loads('"a\\"b\\\\c\\/d\\n\\r\\t\\b\\f"') == 'a"b\\c/d\n\r\t\b\f')
print(json.loads('"\\u0041\\u00e9\\u20AC"') == 'A\u00e9\u20ac')
print(ord(json.loads('"\\ud83d\\ude00"')), len(json.loads('"x\\ud83d\\ude00y"')))
print(json.loads('"caf\u00e9"') == 'caf\u00e9')

# Round trips.
values = [0, -1, 0.5, 'text', 'caf\u00e9 \U0001f600 "q" \\', [1, [2, [3]]],
          {'a': [1, 2, {'b': None}], 'c': 'd'}, [True, False, None], {'': ''}]
for v in values:
    for opts in [{}, {'indent': 2}, {'separators': (',', ':')}, {'sort_keys': True}]:
        text = json.dumps(v, **opts)
        if json.loads(text) != v:
            print('round trip failed', text)
print('round trips done')

# Decoding errors.
bad_docs = ['', '   ', 'nul', '[1, 2', '[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}',
            '"abc', '"a\\qb"', '"\\u12G4"', '"tab\there"', '[1] x', '1 2',
            '{"a": }', '-', '01', '1.', '.5', '[\n  1,\n  @\n]', 'tru', '{"a": 1 "b": 2}']
for doc in bad_docs:
    try:
        json.loads(doc)
        print('no error', repr(doc))
    except ValueError as e:
        print(type(e).__name__, e)

try:
    json.loads('[1, 2')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))

try:
    json.loads(42)
except TypeError as e:
    print('TypeError', e)

# dump / load through a stream.
buf = io.StringIO()
json.dump({'x': [1, 2, 3], 'y': 'z'}, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, {'k': 'v'}], buf, indent=2, sort_keys=True)
print(buf.getvalue())
print(json.load(io.StringIO(buf.getvalue())))
print(json.load(io.StringIO('{"from": "stream", "n": [1.5, -2]}')))
