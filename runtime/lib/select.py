"""select: waiting for input on the console and on streams (MicroPython's `select`).

`poll()` objects and `select()` over `sys.stdin`, `sys.stdout`/`sys.stderr` and any stream
with an `any()` method (`pyb.UART`, `machine.UART`, `pyb.USB_VCP`): readable when bytes are
waiting, always writable. A class of your own takes part with MicroPython's stream protocol:
`ioctl(3, mask)` (MP_STREAM_POLL) returning its events. As MicroPython's, `poll()` returns
`(object, events)` pairs (CPython's give file descriptors). Written in Python, compiled with
the program that imports it; the console's own wait is `_console.wait`.
"""

import sys
import time
import _console

POLLIN = 1
POLLOUT = 4
POLLERR = 8
POLLHUP = 16

_POLL_IOCTL = 3


def _events(obj, mask, wait_ms=0):
    """The events of `obj` among `mask` (errors and hang-ups always); only the console waits,
    up to `wait_ms` (negative: for ever) for a byte."""
    if obj is sys.stdin:
        return _console.wait(wait_ms) & (mask | POLLERR | POLLHUP)
    if obj is sys.stdout or obj is sys.stderr:
        return mask & POLLOUT
    if hasattr(obj, "ioctl"):
        return obj.ioctl(_POLL_IOCTL, mask) & (mask | POLLERR | POLLHUP)
    if hasattr(obj, "any"):
        ev = mask & POLLOUT
        if mask & POLLIN and obj.any():
            ev |= POLLIN
        return ev
    raise TypeError("object with stream.ioctl required")


def _wait(entries, timeout_ms):
    """`(obj, events)` for each ready entry, waiting up to `timeout_ms` (negative: for ever)."""
    # Only the console: its own wait sleeps until a byte comes.
    if len(entries) == 1 and entries[0][0] is sys.stdin and entries[0][1] & POLLIN:
        ev = _events(sys.stdin, entries[0][1], timeout_ms)
        return [(sys.stdin, ev)] if ev else []
    start = time.ticks_ms()
    while True:
        ready = []
        for obj, mask in entries:
            ev = _events(obj, mask)
            if ev:
                ready.append((obj, ev))
        if ready or timeout_ms == 0:
            return ready
        if timeout_ms > 0 and time.ticks_diff(time.ticks_ms(), start) >= timeout_ms:
            return ready
        time.sleep_ms(1)


class _Poll:
    def __init__(self):
        self._entries = []

    def _find(self, obj):
        for i in range(len(self._entries)):
            if self._entries[i][0] is obj:
                return i
        return -1

    def register(self, obj, eventmask=POLLIN | POLLOUT):
        i = self._find(obj)
        if i >= 0:
            self._entries[i] = (obj, eventmask)
        else:
            self._entries.append((obj, eventmask))

    def modify(self, obj, eventmask):
        i = self._find(obj)
        if i < 0:
            raise OSError(2)  # ENOENT, as MicroPython
        self._entries[i] = (obj, eventmask)

    def unregister(self, obj):
        i = self._find(obj)
        if i >= 0:
            del self._entries[i]

    def poll(self, timeout=-1):
        return _wait(self._entries, _ms(timeout))

    def ipoll(self, timeout=-1, flags=0):
        ready = _wait(self._entries, _ms(timeout))
        # One-shot (flags bit 0): a reported object is not polled again until `modify`.
        if flags & 1:
            for obj, ev in ready:
                self._entries[self._find(obj)] = (obj, 0)
        return iter(ready)


def _ms(timeout):
    """A timeout in milliseconds: None or negative for ever, a fraction rounded up."""
    if timeout is None or timeout < 0:
        return -1
    return int(-(-timeout // 1))


def poll():
    return _Poll()


def select(rlist, wlist, xlist, timeout=None):
    """The objects of `rlist` ready to read and of `wlist` ready to write (`xlist`: none),
    waiting up to `timeout` seconds (None: for ever)."""
    entries = []
    for obj in rlist:
        entries.append((obj, POLLIN))
    for obj in wlist:
        entries.append((obj, POLLOUT))
    ms = -1 if timeout is None else _ms(timeout * 1000)
    ready = _wait(entries, ms)
    r = [obj for obj, ev in ready if ev & (POLLIN | POLLHUP | POLLERR) and any(obj is o for o in rlist)]
    w = [obj for obj, ev in ready if ev & POLLOUT and any(obj is o for o in wlist)]
    return (r, w, [])
