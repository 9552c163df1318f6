# string: the character-class constants, capwords, Template and Formatter, as CPython's
# module. Written in Python, compiled with the program only when it imports the module.
# Template's placeholders are scanned by hand, not by a regular expression: a subclass may
# change `delimiter`, but not `idpattern` or `pattern`.

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class _Sentinel:
    pass


def _ident_end(t, i):
    # The end of the identifier at t[i] ([_a-zA-Z][_a-zA-Z0-9]*), or i when there is none.
    n = len(t)
    if i < n and (t[i] == "_" or t[i] in ascii_letters):
        i += 1
        while i < n and (t[i] == "_" or t[i] in ascii_letters or t[i] in digits):
            i += 1
    return i


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # (literal text before, kind, name, where the placeholder starts, its text's end):
        # kind "e" escaped delimiter, "n" $name, "b" ${name}, "i" invalid, None the tail.
        t = self.template
        d = self.delimiter
        i = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                yield t[i:], None, None, len(t), len(t)
                return
            k = j + len(d)
            e = _ident_end(t, k)
            b = _ident_end(t, k + 1)
            if t.startswith(d, k):
                e = k + len(d)
                yield t[i:j], "e", None, j, e
            elif e > k:
                yield t[i:j], "n", t[k:e], j, e
            elif t.startswith("{", k) and b > k + 1 and t.startswith("}", b):
                e = b + 1
                yield t[i:j], "b", t[k + 1 : b], j, e
            else:
                e = k
                yield t[i:j], "i", None, k, k
            i = e

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _sub(self, mapping, kws, safe):
        if mapping is _Sentinel:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        t = self.template
        for text, kind, name, j, e in self._scan():
            out.append(text)
            if kind == "e":
                out.append(self.delimiter)
            elif kind == "i":
                if not safe:
                    self._invalid(j)
                out.append(self.delimiter)
            elif kind is not None:
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(t[j:e])
                else:
                    out.append(str(mapping[name]))
        return "".join(out)

    def substitute(self, mapping=_Sentinel, **kws):
        return self._sub(mapping, kws, False)

    def safe_substitute(self, mapping=_Sentinel, **kws):
        return self._sub(mapping, kws, True)

    def is_valid(self):
        return all(kind != "i" for _, kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for _, kind, name, _, _ in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto=0):
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                result.append(literal)
            if field_name is not None:
                if field_name == "":
                    if auto is False:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    field_name = str(auto)
                    auto += 1
                elif field_name.isdigit():
                    if auto:
                        raise ValueError("cannot switch from manual field specification to automatic field numbering")
                    auto = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                spec, auto = self._vformat(spec, args, kwargs, used_args, depth - 1, auto)
                result.append(self.format_field(obj, spec))
        return "".join(result), auto

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % conversion)

    def parse(self, format_string):
        # (literal text, field name, format spec, conversion), as _string.formatter_parser.
        s = format_string
        n = len(s)
        i = 0
        out = []
        lit = []
        while i < n:
            c = s[i]
            if c == "}":
                if s[i + 1 : i + 2] != "}":
                    raise ValueError("Single '}' encountered in format string")
                lit.append("}")
                out.append(("".join(lit), None, None, None))
                lit = []
                i += 2
            elif c != "{":
                lit.append(c)
                i += 1
            elif s[i + 1 : i + 2] == "{":
                lit.append("{")
                out.append(("".join(lit), None, None, None))
                lit = []
                i += 2
            elif i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            else:
                depth = 1
                nested = False
                j = i + 1
                while j < n:
                    if s[j] == "{":
                        depth += 1
                        nested = True
                    elif s[j] == "}":
                        depth -= 1
                        if not depth:
                            break
                    j += 1
                if j >= n:
                    raise ValueError("unmatched '{' in format spec" if nested else "expected '}' before end of string")
                field = s[i + 1 : j]
                k = 0
                while k < len(field) and field[k] not in "!:":
                    if field[k] == "[":
                        k = field.find("]", k)
                        if k < 0:
                            raise ValueError("expected '}' before end of string")
                    k += 1
                name, rest = field[:k], field[k:]
                conv = None
                if rest.startswith("!"):
                    if len(rest) < 2:
                        raise ValueError("unmatched '{' in format spec")
                    conv = rest[1]
                    rest = rest[2:]
                    if rest and rest[0] != ":":
                        raise ValueError("expected ':' after conversion specifier")
                out.append(("".join(lit), name, rest[1:], conv))
                lit = []
                i = j + 1
        if lit:
            out.append(("".join(lit), None, None, None))
        return out

    def get_field(self, field_name, args, kwargs):
        i = 0
        n = len(field_name)
        while i < n and field_name[i] not in ".[":
            i += 1
        first = field_name[:i]
        if first.isdigit():
            first = int(first)
        obj = self.get_value(first, args, kwargs)
        while i < n:
            if field_name[i] == ".":
                j = i + 1
                while j < n and field_name[j] not in ".[":
                    j += 1
                obj = getattr(obj, field_name[i + 1 : j])
                i = j
            elif field_name[i] == "[":
                j = field_name.find("]", i)
                key = field_name[i + 1 : j]
                obj = obj[int(key) if key.isdigit() else key]
                i = j + 1
            else:
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        return obj, first
