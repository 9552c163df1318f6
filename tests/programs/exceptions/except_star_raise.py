# What a try/except* raises at its end: the unhandled rest and what the handlers raised, in a
# new group; a handler's exception has the matched part as its context, not the whole group;
# a derived part keeps the group's chain. Setting __context__/__cause__/__suppress_context__
# changes what a traceback shows.
import traceback


def f():
    inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    try:
        raise ExceptionGroup("outer", [ValueError(0), inner])
    except* TypeError:
        raise RuntimeError("while handling")


try:
    f()
except ExceptionGroup as g:
    print(repr(g))
    r, rest = g.exceptions
    print(repr(r.__context__), r.__context__.__context__, repr(rest))
    print(r.__suppress_context__, r.__cause__)

try:
    try:
        raise ExceptionGroup("solo", [OSError("disk")])
    except* OSError as e:
        print("handled", repr(e))
    print("nothing left to raise")
except BaseException as e:
    print("unexpected", e)

e = ValueError("v")
e.__context__ = KeyError("k")
e.__suppress_context__ = True
lines = traceback.format_exception(e)
print(len(lines), lines[-1].strip())
e.__suppress_context__ = False
print("During handling" in "".join(traceback.format_exception(e)))
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
