# Ctrl-C on the console raises KeyboardInterrupt: while the program waits (pyb.delay), in a
# loop of calls (the stack check trips), and, uncaught, it ends the program with a traceback.
# tests/programs.rs sends 0x03 after each "ready".
import pyb


def leaf(n):
    return n + 1


def work(n):
    return leaf(n)


print("ready")
try:
    while True:
        pyb.delay(10)
except KeyboardInterrupt:
    print("stopped waiting")

n = 0
print("ready")
try:
    while True:
        n = work(n)
except KeyboardInterrupt:
    print("stopped computing", n > 0)

print("ready")
while True:
    n = work(n)
