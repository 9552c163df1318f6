# An except* clause's `as` name is unbound after its handler, as an except clause's: at module
# level NameError, in a function UnboundLocalError; a handler that never ran leaves an earlier
# binding of the name alone.
try:
    try:
        raise ValueError("v")
    except* ValueError as eg:
        print("handled", repr(eg))
    eg
except NameError as e:
    print("NameError:", e)


def f():
    g = "before"
    try:
        raise KeyError(1)
    except* TypeError as g:
        print("not here")
    except* KeyError as h:
        print("in", repr(h))
    print("g still", g)
    try:
        h
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


f()


def raising():
    try:
        raise ExceptionGroup("two", [ValueError(1), KeyError(2)])
    except* ValueError as v:
        raise RuntimeError("from handler")
    except* KeyError as k:
        pass


try:
    raising()
except Exception as e:
    print(type(e).__name__, e)
