# An uncaught exception's traceback goes through the write method of what the program
# assigned to sys.stderr (CPython may call it several times: the text is gathered), and the
# program's atexit function still runs after it (and hands the text on to the console).
import sys
import atexit

class Gather:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

g = Gather()

def at_end():
    lines = "".join(g.parts).splitlines()
    sys.stdout.write("first: " + lines[0].split()[0] + "\n")
    sys.stdout.write("last: " + lines[-1] + "\n")
    sys.stdout.write("mentions f: " + str(any("in f" in l for l in lines)) + "\n")
    sys.__stderr__.write("".join(g.parts))

atexit.register(at_end)
sys.stderr = g
print("before")

def f(x):
    raise ValueError("bad value %d" % x)

f(3)
