# try/except*: exception groups split by the clauses' types (a naked exception wrapped), what no
# clause takes raised again, exceptions raised in handlers combined with it, a bare raise keeping
# the group's shape, else/finally; ExceptionGroup and BaseExceptionGroup (split, subgroup, nesting
# rules, messages).
def f(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("values", repr(eg))
    except* (TypeError, KeyError) as eg:
        print("types/keys", repr(eg))


f(ValueError(1))
f(ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3)]))
try:
    f(ExceptionGroup("rest", [OSError(5), ValueError(6)]))
except ExceptionGroup as e:
    print("rest:", repr(e))
try:
    f(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("naked passes through:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except KeyError as e:
    print("raised in handler:", repr(e))
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
print(repr(eg), eg.message, eg.exceptions, str(eg))
m, r = eg.split(ValueError)
print(repr(m), repr(r), repr(eg.subgroup(TypeError)), eg.subgroup(OSError))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* ValueError:
        print("handled")
    else:
        print("no")
    finally:
        print("finally")
except Exception as e:
    print("unexpected", e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("re-raising")
        raise
    except* KeyError:
        print("keys handled")
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
