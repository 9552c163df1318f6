"""The pyb module as mpyc's host board models it, so that CPython can be the oracle for
programs that use it: LEDs remember their state and print nothing, delays sleep."""

import time as _time

_START = _time.monotonic()


class LED:
    def __init__(self, n):
        if not 1 <= n <= 4:
            raise ValueError("LED(%d) doesn't exist" % n)
        self._n = n
        self._on = False

    def on(self):
        self._on = True

    def off(self):
        self._on = False

    def toggle(self):
        self._on = not self._on

    def intensity(self, value=None):
        if value is None:
            return 255 if self._on else 0
        self._on = value > 0

    def __repr__(self):
        return "LED(%d)" % self._n


def delay(ms):
    _time.sleep(ms / 1000)


def millis():
    return int((_time.monotonic() - _START) * 1000)


def elapsed_millis(start):
    return (millis() - start) & 0x3FFFFFFF


def udelay(us):
    _time.sleep(us / 1000000)
