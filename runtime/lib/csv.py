# csv: reader, writer, DictReader, DictWriter, dialects (Dialect, excel, excel_tab,
# unix_dialect, register_dialect and the rest), field_size_limit and Error, as CPython 3.11's
# module. Written in Python, compiled with the program only when it imports the module: the
# reader is _csv's state machine, a character at a time over the lines of any iterable of
# strings (a list, an io.StringIO); the writer writes each row to anything with a `write`,
# and returns what that returns. Not provided: Sniffer (it guesses with regular expressions).

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
__version__ = "1.0"


class Error(Exception):
    pass


_field_limit = 131072
_dialects = {}
_unset = object()
_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
          "skipinitialspace", "strict")


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


def _char(name, v, dflt, none_ok):
    if v is _unset:
        return dflt
    if v is None and none_ok:
        return None
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s' % (name, " or None" if none_ok else "", type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class _Dialect:
    # The checked parameters (_csv's Dialect): those given by keyword, else the dialect's
    # (a registered name, or any object with the attributes), else the defaults.
    def __init__(self, dialect=None, **kw):
        for k in kw:
            if k not in _ATTRS:
                raise TypeError("%r is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        v = {}
        for k in _ATTRS:
            if k in kw:
                v[k] = kw[k]
            elif dialect is not None:
                v[k] = getattr(dialect, k, _unset)
            else:
                v[k] = _unset
        self.delimiter = _char("delimiter", v["delimiter"], ",", False)
        x = v["doublequote"]
        self.doublequote = True if x is _unset else bool(x)
        self.escapechar = _char("escapechar", v["escapechar"], None, True)
        x = v["lineterminator"]
        if x is _unset:
            x = "\r\n"
        elif x is not None and not isinstance(x, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = x
        self.quotechar = _char("quotechar", v["quotechar"], '"', True)
        x = v["quoting"]
        if x is _unset:
            x = QUOTE_MINIMAL
        elif type(x) is not int:
            raise TypeError('"quoting" must be an integer')
        self.quoting = x
        x = v["skipinitialspace"]
        self.skipinitialspace = False if x is _unset else bool(x)
        x = v["strict"]
        self.strict = False if x is _unset else bool(x)
        if not QUOTE_MINIMAL <= self.quoting <= QUOTE_NONE:
            raise TypeError('bad "quoting" value')
        if v["quotechar"] is None and v["quoting"] is _unset:
            self.quoting = QUOTE_NONE
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)

# The reader's states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


def _save(field, numeric):
    s = "".join(field)
    return float(s) if numeric else s


class _Reader:
    def __init__(self, f, dialect, kw):
        self._it = iter(f)
        self.dialect = _Dialect(dialect, **kw)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        delim = d.delimiter
        esc = d.escapechar
        quoting = d.quoting
        quote = d.quotechar if quoting != QUOTE_NONE else None
        fields = []
        field = []
        numeric = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    fields.append(_save(field, numeric))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            n = len(line)
            i = 0
            while i <= n:
                # (The end of the line is c == "", equal to no character the dialect names.)
                c = line[i] if i < n else ""
                i += 1
                if state == _START_RECORD:
                    if c == "":
                        continue
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _START_FIELD:
                    if c == "" or c == "\n" or c == "\r":
                        fields.append(_save(field, numeric))
                        field = []
                        numeric = False
                        state = _START_RECORD if c == "" else _EAT_CRNL
                    elif c == quote:
                        state = _IN_QUOTED_FIELD
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == delim:
                        fields.append(_save(field, numeric))
                        field = []
                        numeric = False
                    else:
                        if quoting == QUOTE_NONNUMERIC:
                            numeric = True
                        self._add(field, c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        self._add(field, c)
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        self._add(field, c or "\n")
                        state = _IN_FIELD
                elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    if c == "" and state == _AFTER_ESCAPED_CRNL:
                        continue
                    if c == "" or c == "\n" or c == "\r":
                        fields.append(_save(field, numeric))
                        field = []
                        numeric = False
                        state = _START_RECORD if c == "" else _EAT_CRNL
                    elif c == esc:
                        state = _ESCAPED_CHAR
                    elif c == delim:
                        fields.append(_save(field, numeric))
                        field = []
                        numeric = False
                        state = _START_FIELD
                    else:
                        self._add(field, c)
                elif state == _IN_QUOTED_FIELD:
                    if c == "":
                        pass
                    elif c == esc:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quote:
                        state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                    else:
                        self._add(field, c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    self._add(field, c or "\n")
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quote:
                        self._add(field, c)
                        state = _IN_QUOTED_FIELD
                    elif c == delim:
                        fields.append(_save(field, numeric))
                        field = []
                        numeric = False
                        state = _START_FIELD
                    elif c == "" or c == "\n" or c == "\r":
                        fields.append(_save(field, numeric))
                        field = []
                        numeric = False
                        state = _START_RECORD if c == "" else _EAT_CRNL
                    elif not d.strict:
                        self._add(field, c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'" % (delim, d.quotechar))
                else:   # _EAT_CRNL
                    if c == "":
                        state = _START_RECORD
                    elif c != "\n" and c != "\r":
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
            if state == _START_RECORD:
                return fields

    def _add(self, field, c):
        if len(field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        field.append(c)


def _is_number(x):
    # (C's PyNumber_Check.)
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, "__float__") or hasattr(t, "__index__") or hasattr(t, "__int__")


class _Writer:
    def __init__(self, f, dialect, kw):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Dialect(dialect, **kw)

    def _field(self, s, quoted):
        d = self.dialect
        delim = d.delimiter
        esc = d.escapechar
        quote = d.quotechar
        term = d.lineterminator
        none = d.quoting == QUOTE_NONE
        out = []
        for c in s:
            if c == delim or c == esc or c == quote or c in term:
                escape = none
                if not none:
                    if c == quote:
                        if d.doublequote:
                            out.append(quote)
                        else:
                            escape = True
                    elif c == esc:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if esc is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(esc)
            out.append(c)
        s = "".join(out)
        return quote + s + quote if quoted else s

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        parts = []
        for field in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                field = ""
            elif not isinstance(field, str):
                field = str(field)
            parts.append(self._field(field, quoted))
        line = d.delimiter.join(parts)
        if parts and not line:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = d.quotechar + d.quotechar
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect=None, **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


def writer(csvfile, dialect=None, **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
