# atexit: functions to call when the program ends, as CPython's module (register, unregister,
# _run_exitfuncs, _clear, _ncallbacks): the last registered is called first, also after an
# uncaught exception's traceback; an exception in one is reported and the others still run.
# Written in Python over MicroPython's sys.atexit (one function, called by the runtime at the
# end), which this module takes the first time something is registered.
import sys

_funcs = []
_hooked = False


def register(func, *args, **kwargs):
    global _hooked
    if not callable(func):
        raise TypeError("the first argument must be callable")
    if not _hooked:
        sys.atexit(_run_exitfuncs)
        _hooked = True
    _funcs.append((func, args, kwargs))
    return func


def unregister(func):
    _funcs[:] = [entry for entry in _funcs if entry[0] != func]


def _clear():
    del _funcs[:]


def _ncallbacks():
    return len(_funcs)


def _run_exitfuncs():
    while _funcs:
        func, args, kwargs = _funcs.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            sys.print_exception(e, sys.stderr)
