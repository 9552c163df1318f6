# A name set on the builtins module is a builtin: read as a bare name anywhere (CPython looks
# in builtins last); one still unset raises NameError.
# expect: no warnings
import builtins


def show():
    return DEBUG


try:
    print(DEBUG)
except NameError as e:
    print("NameError:", e)
builtins.DEBUG = True
print(DEBUG, show())
setattr(builtins, "LEVEL", 3)
print(LEVEL + 1, [LEVEL for _ in range(2)])
builtins.DEBUG = False
print(show())
len = lambda x: -1
print(len("abc"), builtins.len("abc"))
del builtins.DEBUG
try:
    show()
except NameError as e:
    print("NameError:", e)
__builtins__.FROM_DUNDER = "dunder"
print(FROM_DUNDER)
