# The frames a bare `raise` leaves in the traceback, as CPython's: the exception goes on with
# its traceback as it was, and the frame of the raise is not added again (in an except clause)
# or at all (in a function called from a handler).
import traceback


def frames():
    out = []
    for line in traceback.format_exc().splitlines():
        line = line.strip()
        if line.startswith("File "):
            parts = line.split(", ")
            out.append(parts[1].replace("line ", "") + ":" + parts[2].replace("in ", ""))
    return " ".join(out)


def divide():
    return 1 / 0


def same_clause():
    try:
        divide()
    except ZeroDivisionError:
        raise


def helper():
    raise


def from_helper():
    try:
        divide()
    except ZeroDivisionError:
        helper()


def helper_with_try():
    try:
        raise
    finally:
        pass


def from_helper_with_try():
    try:
        divide()
    except ZeroDivisionError:
        helper_with_try()


def nested_handlers():
    try:
        divide()
    except ZeroDivisionError:
        try:
            int("x")
        except ValueError:
            pass
        raise


def nothing_handled():
    raise


for f in (same_clause, from_helper, from_helper_with_try, nested_handlers, nothing_handled):
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, frames())

try:
    raise
except RuntimeError as e:
    print("no active exception:", e)
