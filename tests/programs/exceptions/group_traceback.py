# An exception group's traceback as CPython draws it: a tree with margins, each member with its
# own frames, nested groups indented, a chained cause inside a member, and more than 15
# members cut to "and N more exceptions". Compared without CPython's source lines (mpyc's
# firmware keeps no source).
import traceback


def shape(text):
    out = []
    for line in text.splitlines():
        body = line.lstrip(" ")
        rest = body[1:] if body.startswith("|") else body
        indent = len(line) - len(body)
        if rest.startswith("     ") or (not body.startswith(("|", "+")) and indent >= 4 and body[:4] != "File"):
            continue  # a source line or its carets
        if "^" in rest and not rest.strip().strip("^~ "):
            continue
        if 'File "' in line:
            head, path = line.split('File "', 1)
            line = head + 'File "' + path.split("/")[-1]
        out.append(line)
    return "\n".join(out)


def fail(n):
    raise ValueError("bad %d" % n)


def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    try:
        {}["missing"]
    except KeyError as k:
        try:
            raise RuntimeError("from the key") from k
        except RuntimeError as r:
            errors.append(r)
    inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    return ExceptionGroup("outer", errors + [inner])


try:
    raise collect()
except ExceptionGroup as g:
    print(shape("".join(traceback.format_exception(g))))

try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
except ExceptionGroup as g:
    print(shape("".join(traceback.format_exception(g))))
