# atexit: handlers run at the end, last registered first, with their arguments; unregister
# removes every registration of a function. (They also run after an uncaught exception's
# traceback, and one that raises is reported on stderr while the rest still run: not compared
# here, since a board has one console for both and its traceback shows the atexit module's
# frame too.)
import atexit


def say(*args, **kwargs):
    print("say", args, sorted(kwargs.items()))


def gone():
    print("never")


state = {"n": 0}

atexit.register(say, 1, 2, key="v")
atexit.register(gone)
atexit.register(gone)


@atexit.register
def last():
    print("first to run", state["n"])


print(atexit.register(say, "x") is say)
atexit.unregister(gone)
print(atexit._ncallbacks() > 0)
try:
    atexit.register(3)
except TypeError as e:
    print("TypeError", e)
state["n"] = 42
print("end of program")
