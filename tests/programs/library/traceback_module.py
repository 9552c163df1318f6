# traceback's printing and formatting of a caught exception, and sys.modules. The frames are
# compared without CPython's source lines (mpyc's firmware keeps no source).
import io
import sys
import traceback


def frames(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("File "):
            name = line.split('"')[1].split("/")[-1]
            out.append(name + line.split('"', 2)[2])
    return out


def inner(n):
    return 10 // n


def outer(n):
    return inner(n) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0], frames(text), lines[-1])
    print(traceback.format_exception_only(type(e), e))
    print(frames("".join(traceback.format_exception(e))) == frames(text))
    s = io.StringIO()
    traceback.print_exc(file=s)
    print(s.getvalue() == text)
    s = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=s)
    print(frames(s.getvalue()), s.getvalue().splitlines()[-1])

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError:
    text = traceback.format_exc()
    print("direct cause" in text, text.splitlines()[-1], frames(text))

print(traceback.format_exc())
print("sys" in sys.modules, "io" in sys.modules, sys.modules["traceback"] is traceback)
import json

print(sys.modules["json"] is json, type(sys.modules["sys"]).__name__, "sys" in dir(sys.modules["sys"]) or True)
