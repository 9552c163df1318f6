# Which wins, a file of the program's directory or the module of the same name: CPython's
# compiled-in modules (errno here) win, modules written in Python (heapq) lose.
import errno
import heapq

print(errno.ENOENT, errno.errorcode[errno.ENOENT])
print(heapq.heappush)
import os

print(os.sep, os.path.join("a", "b"))
