# csv: reader, writer, DictReader, DictWriter with delimiters, quoting modes, escapechar, doublequote, skipinitialspace, line terminators, dialects and errors.
import csv
import io

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(issubclass(csv.Error, Exception), csv.list_dialects())

data = ['name,age,city\r\n', 'Alice,30,"New York, NY"\r\n', '"Bob ""the builder""",25,Paris\n',
        '\n', 'Carol,,"multi\n', 'line"\n', 'Dan,40\n', ',,\n', '""\n', 'tail,no newline']
r = csv.reader(data)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(io.StringIO("a,b\nc,d\r\n\"e\",f"))))
print(list(csv.reader(io.StringIO("a;b;'c;d'\n"), delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  \"c, d\",e"])))
print(list(csv.reader(["a, b,  \"c, d\",e"], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\"d,"e\\"f"'], escapechar="\\")))
print(list(csv.reader(['a\\,b,"c\\\\d"'], escapechar="\\", quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"a""b",c'], doublequote=False)))
print(list(csv.reader(['"a\\"b",c'], doublequote=False, escapechar="\\")))
print(list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['1,2.5,"x",-3e2,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a\tb\t c"], "excel-tab")))
print(list(csv.reader(['x "quoted" y,"ab"cd'])))
print(list(csv.reader(['a,"unterminated'])))
print(list(csv.reader([])), list(csv.reader([""])), list(csv.reader(["\n", "\r\n"])))

def show(w, rows, many=False):
    s = io.StringIO()
    wr = csv.writer(s, **w)
    if many:
        print(repr(wr.writerows(rows)), repr(s.getvalue()))
    else:
        print([wr.writerow(row) for row in rows], repr(s.getvalue()))

rows = [["a", "b c", "d,e", 'say "hi"', "line\nbreak", "cr\rx", "", None, 1, 2.5, True, -7]]
show({}, rows)
show({}, rows, many=True)
show({"quoting": csv.QUOTE_ALL}, rows)
show({"quoting": csv.QUOTE_NONNUMERIC}, rows)
show({"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, rows)
show({"doublequote": False, "escapechar": "\\"}, [['a"b', "c\\d", "e,f"]])
show({"delimiter": ";", "quotechar": "'", "lineterminator": "\n"}, [["a;b", "it's", 'x"y'], [1, 2]])
show({"lineterminator": "|"}, [["a|b", "c\nd"]])
show({}, [[], [""], ["", ""], [None], "abc", ("t", 1)])
show({"quoting": csv.QUOTE_ALL}, [[], [""], [None]])
show({}, [[], ["x"]], many=True)

class Counter:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return "wrote %d" % len(s)

c = Counter()
w = csv.writer(c, "unix")
print(w.writerow(["x", 1]), w.writerows([["y"], ["z", None]]), c.parts)
print(w.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.quoting, w.dialect.doublequote)

# round trip
s = io.StringIO()
tricky = [["plain", "with,comma", 'with "quotes"', "multi\nline", " spaced ", ""], ["2", "", "", "", "", "end"]]
csv.writer(s).writerows(tricky)
print(list(csv.reader(io.StringIO(s.getvalue()))) == tricky)

# DictReader / DictWriter
text = "id,name,score\n1,ann,9.5\n\n2,bob\n3,cy,7,extra,more\n"
dr = csv.DictReader(io.StringIO(text))
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
dr = csv.DictReader(io.StringIO(text), fieldnames=["a", "b"], restkey="rest", restval="?")
print(list(dr))
print(list(csv.DictReader(["x|y", "1|2"], delimiter="|", restval=0)))
print(list(csv.DictReader(["p,q", "1"], restval="none")))
dr = csv.DictReader([])
print(dr.fieldnames, list(dr))

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "note"])
print(dw.writeheader())
print(dw.writerow({"id": 1, "name": "ann", "note": "a, b"}))
print(dw.writerow({"id": 2}))
print(dw.writerows([{"name": "x"}, {"note": 'q"'}]))
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 3, "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], restval="-", extrasaction="ignore", quoting=csv.QUOTE_ALL, lineterminator="\n")
dw.writeheader()
dw.writerow({"a": 1, "zz": 2})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="Boom")
except ValueError as e:
    print("ValueError:", e)

# dialects
class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect("pipes", Pipes)
print(sorted(csv.list_dialects()))
print(list(csv.reader(["a| 'b|c'| d"], "pipes")))
s = io.StringIO()
csv.writer(s, "pipes").writerow(["a|b", "c'd"])
csv.writer(s, Pipes, delimiter=";").writerow(["a|b", "c;d"])
print(repr(s.getvalue()))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("semi")
print(d.delimiter, d.quoting, repr(d.quotechar), d.escapechar, d.skipinitialspace, d.strict)
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()))
for name in ("semi", "nope"):
    try:
        csv.get_dialect(name)
    except csv.Error as e:
        print("Error:", e)
try:
    csv.unregister_dialect("semi")
except csv.Error as e:
    print("Error:", e)
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.excel_tab.delimiter == "\t", csv.unix_dialect.quoting)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error:", e)

# errors
def err(f):
    try:
        print(f())
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

err(lambda: list(csv.reader(['a,"b"c'], strict=True)))
err(lambda: list(csv.reader(['a,"b'], strict=True)))
err(lambda: list(csv.reader(["a,b\rc"])))
err(lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)))
err(lambda: csv.writer(io.StringIO()).writerow(5))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
err(lambda: csv.reader([], delimiter="::"))
err(lambda: csv.reader([], delimiter=None))
err(lambda: csv.reader([], quotechar=7))
err(lambda: csv.reader([], quoting=9))
err(lambda: csv.reader([], quoting=csv.QUOTE_ALL, quotechar=None))
err(lambda: csv.reader([], lineterminator=None))
err(lambda: csv.writer(42))
err(lambda: csv.reader([], quotechar=None).dialect.quoting)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
err(lambda: list(csv.reader(["0123456789,01234567890"])))
csv.field_size_limit(131072)
