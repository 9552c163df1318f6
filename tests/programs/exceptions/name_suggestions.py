# NameError's "Did you mean" note, as CPython 3.11's traceback shows it: the nearest of the
# function's own names first, then the module's globals, then the builtins.
import traceback

counter = 0
speed_limit = 50


def show(f):
    try:
        f()
    except NameError as e:
        print(str(e))
        # With the traceback, the note; without it (format_exception_only), none.
        print(traceback.format_exc().splitlines()[-1])
        print(traceback.format_exception_only(e)[-1], end="")


def local_first():
    speed_limt = 1
    return speed_limitt


def global_name():
    return countr


def builtin_name():
    return lenn([1, 2])


def case_only():
    return Counter


def none_near():
    return zebra_crossing


def too_long():
    return abcdefghij_abcdefghij_abcdefghij_abcdefghijx


abcdefghij_abcdefghij_abcdefghij_abcdefghij = 1

for f in (local_first, global_name, builtin_name, case_only, none_near, too_long):
    show(f)


class Point:
    def norm(self):
        return sqrt(self.x)


try:
    Point().norm()
except NameError as e:
    print(traceback.format_exception_only(e)[-1], end="")

print(spead_limit)
