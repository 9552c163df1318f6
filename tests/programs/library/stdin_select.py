# sys.stdin and select with the console at its end (the tests run with stdin empty): select
# and poll say it is readable, reads give empty text, iterating gives no line. A board's console
# never ends: tests/console/select_stdin.py types to one. # runs on the host only
import select
import sys

r, w, x = select.select([sys.stdin], [sys.stdout], [], 0)
print(r == [sys.stdin], w == [sys.stdout], x)
p = select.poll()
p.register(sys.stdin, select.POLLIN)
ready = p.poll(0)
print(len(ready), ready[0][1] & select.POLLIN)
p.unregister(sys.stdin)
print(p.poll(0))
print(repr(sys.stdin.read()), repr(sys.stdin.read(5)), repr(sys.stdin.readline()), list(sys.stdin))
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
print(repr(sys.stdin))
try:
    sys.stdin.write("x")
except OSError as e:
    print(type(e).__name__ in ("OSError", "UnsupportedOperation"), e)
try:
    input()
except EOFError as e:
    print("EOFError", e)
