# json: encode Python values as JSON text and decode JSON text, like CPython's json module.
#
# Provides dumps, dump, loads, load, JSONEncoder, JSONDecoder and JSONDecodeError, with
# CPython's options (ensure_ascii, allow_nan, skipkeys, cls, object_hook, parse_float, ...);
# the decoder follows the JSON grammar plus CPython's NaN / Infinity / -Infinity
# extensions, and reports errors with CPython's messages and positions.


class JSONDecodeError(ValueError):
    # A ValueError carrying where decoding failed: msg, doc, pos, lineno, colno. (Named as
    # CPython's, whose json is a package: a traceback says json.decoder.JSONDecodeError.)
    __module__ = "json.decoder"
    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        lineno = before.count('\n') + 1
        colno = pos - before.rfind('\n')
        text = msg + ': line ' + str(lineno) + ' column ' + str(colno) + ' (char ' + str(pos) + ')'
        super().__init__(text)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


# ---------------------------------------------------------------- encoding

import _io

_HEX = '0123456789abcdef'

# Characters with a short backslash escape.
_SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
}


def _u_escape(code):
    # \uXXXX with lowercase hex digits, for a code point below 0x10000.
    return ('\\u' + _HEX[(code >> 12) & 15] + _HEX[(code >> 8) & 15]
            + _HEX[(code >> 4) & 15] + _HEX[code & 15])


def _write_str(add, s, ensure_ascii):
    # Writes s quoted with add, keeping printable ASCII (or with ensure_ascii False, all but
    # the controls, quote and backslash) as is and escaping everything else.
    add('"')
    start = 0          # first character not yet written
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        code = ord(c)
        if code >= 0x20 and (code < 0x7f or not ensure_ascii) and c != '"' and c != '\\':
            i += 1
            continue
        if i > start:
            add(s[start:i])
        if c in _SHORT_ESCAPES:
            add(_SHORT_ESCAPES[c])
        elif code < 0x10000:
            add(_u_escape(code))
        else:
            # Above the BMP: written as a UTF-16 surrogate pair.
            v = code - 0x10000
            add(_u_escape(0xd800 | (v >> 10)))
            add(_u_escape(0xdc00 | (v & 0x3ff)))
        i += 1
        start = i
    if start == 0:
        add(s)
    elif start < n:
        add(s[start:])
    add('"')


def _encode_float(x, allow_nan=True):
    if x != x or x - x != 0:
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
    if x != x:
        return 'NaN'
    if x - x != 0:
        # Only an infinity gives a non-zero (NaN) difference with itself.
        if x > 0:
            return 'Infinity'
        return '-Infinity'
    return float.__repr__(x)


def _encode_key(key):
    # Dict keys become JSON strings; a few scalar types are converted first.
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _encode_float(key)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return str(key)
    raise TypeError('keys must be str, int, float, bool or None, not ' + type(key).__name__)


def _no_form(o):
    raise TypeError('Object of type ' + type(o).__name__ + ' is not JSON serializable')


def _indent(indent):
    # None, or the string for one level.
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return indent


class _Encoder:
    # Holds the options of dumps or of a JSONEncoder while one value is written into
    # self.out, a StringIO: the text piece by piece into one buffer, so that the pieces are
    # garbage at once rather than kept in a list until the end (a pyboard's heap holds a
    # dumps of thousands of records, not hundreds).
    def __init__(self, item_sep, key_sep, indent, sort_keys, default, ascii, allow_nan, circular, skipkeys):
        self.default = default        # called for what JSON has no form for
        self.item_sep = item_sep
        self.key_sep = key_sep
        self.indent = indent          # None, or the string for one level
        self.sort_keys = sort_keys
        self.ascii = ascii
        self.allow_nan = allow_nan
        self.circular = circular
        self.skipkeys = skipkeys
        self.out = _io.StringIO()
        self.add = self.out.write
        self.active = []              # containers being written, to detect cycles

    def enter(self, obj):
        if self.circular:
            for other in self.active:
                if other is obj:
                    raise ValueError('Circular reference detected')
        self.active.append(obj)

    def newline(self, level):
        # Text that starts a new line at the given nesting level (indent mode only).
        return '\n' + self.indent * level

    def write(self, obj, level):
        add = self.add
        if isinstance(obj, str):
            _write_str(add, obj, self.ascii)
        elif obj is None:
            add('null')
        elif obj is True:
            add('true')
        elif obj is False:
            add('false')
        elif isinstance(obj, int):
            add(int.__repr__(obj))
        elif isinstance(obj, float):
            add(_encode_float(obj, self.allow_nan))
        elif isinstance(obj, (list, tuple)):
            self.write_list(obj, level)
        elif isinstance(obj, dict):
            self.write_dict(obj, level)
        elif self.default is not None:
            # (A default that gives the object back again is a cycle, as in CPython.)
            self.enter(obj)
            self.write(self.default(obj), level)
            self.active.pop()
        else:
            _no_form(obj)

    def write_list(self, items, level):
        add = self.add
        if len(items) == 0:
            add('[]')
            return
        self.enter(items)
        add('[')
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep = sep + self.newline(level)
            add(self.newline(level))
        first = True
        for item in items:
            if not first:
                add(sep)
            first = False
            self.write(item, level)
        if self.indent is not None:
            add(self.newline(level - 1))
        add(']')
        self.active.pop()

    def write_dict(self, d, level):
        add = self.add
        if len(d) == 0:
            add('{}')
            return
        self.enter(d)
        add('{')
        sep = self.item_sep
        if self.indent is not None:
            level += 1
            sep = sep + self.newline(level)
            add(self.newline(level))
        if self.sort_keys:
            keys = sorted(d)
        else:
            keys = list(d)
        first = True
        for key in keys:
            if self.skipkeys and not isinstance(key, (str, int, float, bool)) and key is not None:
                continue
            if not first:
                add(sep)
            first = False
            _write_str(add, _encode_key(key), self.ascii)
            add(self.key_sep)
            self.write(d[key], level)
        if self.indent is not None:
            add(self.newline(level - 1))
        add('}')
        self.active.pop()


class JSONEncoder:
    # (Only for a program naming it: dumps writes with _Encoder directly.)
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = _indent(indent)
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        _no_form(o)

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        enc = _Encoder(self.item_separator, self.key_separator, self.indent, self.sort_keys, self.default,
                       self.ensure_ascii, self.allow_nan, self.check_circular, self.skipkeys)
        enc.write(o, 0)
        return [enc.out.getvalue()]


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    # Return obj as a JSON string (with cls, as that encoder class writes it).
    if cls is not None:
        return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                   sort_keys=sort_keys, **kw).encode(obj)
    if kw:
        raise TypeError("dumps() got an unexpected keyword argument '" + list(kw)[0] + "'")
    indent = _indent(indent)
    if separators is not None:
        item_sep, key_sep = separators  # (two of them, or ValueError as in CPython)
    elif indent is not None:
        item_sep = ','
        key_sep = ': '
    else:
        item_sep = ', '
        key_sep = ': '
    enc = _Encoder(item_sep, key_sep, indent, sort_keys, default, ensure_ascii, allow_nan, check_circular,
                   skipkeys)
    enc.write(obj, 0)
    return enc.out.getvalue()


def dump(obj, fp, **kw):
    # Write obj as JSON to fp (anything with a write method).
    fp.write(dumps(obj, **kw))


# ---------------------------------------------------------------- decoding

def _skip_ws(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        if c != ' ' and c != '\t' and c != '\n' and c != '\r':
            break
        i += 1
    return i


def _is_digit(c):
    # Only ASCII digits count (str.isdigit accepts other scripts too).
    return c >= '0' and c <= '9'


def _hex4(s, i):
    # Value of the four hex digits at s[i:i+4], or -1 if one is not a hex digit.
    value = 0
    for k in range(i, i + 4):
        c = s[k]
        if c >= '0' and c <= '9':
            d = ord(c) - 48
        elif c >= 'a' and c <= 'f':
            d = ord(c) - 87
        elif c >= 'A' and c <= 'F':
            d = ord(c) - 55
        else:
            return -1
        value = value * 16 + d
    return value


_SIMPLE_UNESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    'b': '\b',
    'f': '\f',
    'n': '\n',
    'r': '\r',
    't': '\t',
}


def _parse_string(s, i, strict=True):
    # i is just past the opening quote; returns (text, index past the closing quote).
    begin = i - 1
    n = len(s)
    chunks = []
    while True:
        # Copy a run of plain characters.
        j = i
        while j < n:
            c = s[j]
            if c == '"' or c == '\\':
                break
            if c < ' ' and strict:
                raise JSONDecodeError('Invalid control character at', s, j)
            j += 1
        if j >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if j > i:
            chunks.append(s[i:j])
        if s[j] == '"':
            return ''.join(chunks), j + 1
        # A backslash escape.
        j += 1
        if j >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        e = s[j]
        if e != 'u':
            if e not in _SIMPLE_UNESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, j - 1)
            chunks.append(_SIMPLE_UNESCAPES[e])
            i = j + 1
            continue
        j += 1                      # first hex digit
        end = j + 4
        if end >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, j - 1)
        code = _hex4(s, j)
        if code < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, j - 1)
        i = end
        # A high surrogate followed by an escaped low surrogate makes one character.
        if code >= 0xd800 and code <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if low >= 0xdc00 and low <= 0xdfff:
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                i = end + 6
        chunks.append(chr(code))


class _Hooks:
    # JSONDecoder's options as plain loads has them (the class itself stands for them).
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = float
    strict = True


def _set_hooks(h, kw):
    # Give h the options in kw (a hook given as None keeps the default, as in CPython).
    for k in kw:
        if not hasattr(_Hooks, k):
            raise TypeError("__init__() got an unexpected keyword argument '" + k + "'")
        if kw[k] is not None:
            setattr(h, k, kw[k])


class JSONDecoder(_Hooks):
    # (Only for a program naming it: loads parses with the module's functions directly.)
    def __init__(self, **kw):
        _set_hooks(self, kw)

    def decode(self, s):
        return _decode(s, self)

    def raw_decode(self, s, idx=0):
        return _parse_value(s, idx, self)


def _decode(s, h):
    value, i = _parse_value(s, _skip_ws(s, 0), h)
    i = _skip_ws(s, i)
    if i != len(s):
        raise JSONDecodeError('Extra data', s, i)
    return value


def _parse_number(s, i, h):
    # Returns (the number, end index).
    start = i
    n = len(s)
    if s[i] == '-':
        i += 1
        if i >= n:
            raise JSONDecodeError('Expecting value', s, start)
    c = s[i]
    if c >= '1' and c <= '9':
        i += 1
        while i < n and _is_digit(s[i]):
            i += 1
    elif c == '0':
        i += 1            # no further integer digits after a leading zero
    else:
        raise JSONDecodeError('Expecting value', s, start)
    is_float = False
    if i + 1 < n and s[i] == '.' and _is_digit(s[i + 1]):
        is_float = True
        i += 2
        while i < n and _is_digit(s[i]):
            i += 1
    if i + 1 < n and (s[i] == 'e' or s[i] == 'E'):
        e_start = i
        i += 1
        if i + 1 < n and (s[i] == '-' or s[i] == '+'):
            i += 1
        while i < n and _is_digit(s[i]):
            i += 1
        if _is_digit(s[i - 1]):
            is_float = True
        else:
            i = e_start       # not an exponent after all; leave it as extra text
    text = s[start:i]
    if is_float:
        return h.parse_float(text), i
    return h.parse_int(text), i


def _parse_value(s, i, h):
    # Parse one JSON value starting exactly at s[i]; returns (value, end index).
    n = len(s)
    if i >= n:
        raise JSONDecodeError('Expecting value', s, i)
    c = s[i]
    if c == '"':
        return _parse_string(s, i + 1, h.strict)
    if c == '{':
        return _parse_object(s, i + 1, h)
    if c == '[':
        return _parse_array(s, i + 1, h)
    if c == 'n' and s[i:i + 4] == 'null':
        return None, i + 4
    if c == 't' and s[i:i + 4] == 'true':
        return True, i + 4
    if c == 'f' and s[i:i + 5] == 'false':
        return False, i + 5
    if c == 'N' and s[i:i + 3] == 'NaN':
        return h.parse_constant('NaN'), i + 3
    if c == 'I' and s[i:i + 8] == 'Infinity':
        return h.parse_constant('Infinity'), i + 8
    if c == '-' and s[i:i + 9] == '-Infinity':
        return h.parse_constant('-Infinity'), i + 9
    return _parse_number(s, i, h)


def _parse_array(s, i, h):
    # i is just past '['.
    n = len(s)
    result = []
    i = _skip_ws(s, i)
    if i < n and s[i] == ']':
        return result, i + 1
    while True:
        value, i = _parse_value(s, i, h)
        result.append(value)
        i = _skip_ws(s, i)
        if i < n and s[i] == ']':
            return result, i + 1
        if i >= n or s[i] != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, i)
        i = _skip_ws(s, i + 1)


def _parse_object(s, i, h):
    # i is just past '{'.
    n = len(s)
    pairs = []
    i = _skip_ws(s, i)
    if not (i < n and s[i] == '}'):
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = _parse_string(s, i + 1, h.strict)
            i = _skip_ws(s, i)
            if i >= n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            value, i = _parse_value(s, i, h)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < n and s[i] == '}':
                break
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)
    if h.object_pairs_hook is not None:
        return h.object_pairs_hook(pairs), i + 1
    result = dict(pairs)
    if h.object_hook is not None:
        result = h.object_hook(result)
    return result, i + 1


def loads(s, *, cls=None, **kw):
    # Decode a JSON document given as str, bytes or bytearray (with cls, as that decoder class
    # decodes it).
    if isinstance(s, (bytes, bytearray)):
        if len(s) >= 3 and s[0] == 0xef and s[1] == 0xbb and s[2] == 0xbf:
            s = s[3:]           # a UTF-8 byte order mark is allowed in bytes input
        s = bytes(s).decode('utf-8')
    elif isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not ' + type(s).__name__)
    if cls is not None:
        # (The hooks given as None do not go to the class, as in CPython.)
        return cls(**{k: kw[k] for k in kw if kw[k] is not None}).decode(s)
    h = _Hooks
    if kw:
        h = _Hooks()
        _set_hooks(h, kw)
    return _decode(s, h)


def load(fp, **kw):
    # Decode the whole content of fp (anything with a read method).
    return loads(fp.read(), **kw)


# (CPython's json is a package: its submodule json.decoder, for `except
# json.decoder.JSONDecodeError` and `from json.decoder import JSONDecodeError`.)
import json.decoder as decoder
