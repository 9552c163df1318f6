# BaseException.add_note and __notes__ (3.11), with_traceback; notes follow the message in a traceback.
e = ValueError("bad value")
e.add_note("while parsing line 3")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print("TypeError", x)
class MyErr(Exception):
    pass
m = MyErr("m")
m.add_note("n1")
print(m.__notes__, m.with_traceback(None) is m, hasattr(ValueError(), "__notes__"))
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("context note")
        raise
except KeyError as k:
    print(k.__notes__)
