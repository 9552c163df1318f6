# Assigning an exception's args (any iterable: kept as a tuple) changes what str() and repr()
# show, for exceptions the runtime raised too.
try:
    float("pi")
except ValueError as e:
    e.args = ("new message",)
    print(e.args, "|", e, "|", repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    e.args = ["other", 2]
    print(e.args, "|", e)
    e.args = ()
    print(repr(str(e)), repr(e))
