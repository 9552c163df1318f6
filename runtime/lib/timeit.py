# timeit: timing small pieces of code, as CPython's module, for statements given as functions
# (`timeit.timeit(f, number=1000)`, `Timer(f).repeat(5, 100)`): a statement given as a
# string needs exec(), which mpyc does not compile, and raises NotImplementedError when run.
# The clock is time.perf_counter. Written in Python, compiled with the program only when it
# imports it.

import time

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _callable(stmt, what):
    if callable(stmt):
        return stmt
    if isinstance(stmt, str):
        if stmt.strip() in ("", "pass"):
            return None
        raise NotImplementedError(
            "timeit of a %s given as a string needs exec(), which mpyc does not compile: pass a function" % what
        )
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable(stmt, "stmt")
        self._setup = _callable(setup, "setup")

    def timeit(self, number=default_number):
        if self._setup is not None:
            self._setup()
        stmt = self._stmt
        timer = self.timer
        start = timer()
        if stmt is None:
            for _ in range(number):
                pass
        else:
            for _ in range(number):
                stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc()


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
