# An attribute's load, store, deletion and method call continued on a later line fail at the
# line of the attribute's name, as in CPython 3.11 (`(text\n .split())` at `.split`'s line);
# the rest of the expression keeps its own lines.
import traceback
def where(f):
    try:
        f()
    except Exception as e:
        frames = [l.split(", ")[1] for l in traceback.format_exc().splitlines() if l.startswith("  File")]
        print(f.__name__, type(e).__name__, frames[1:])

def boom(*a, **k):
    raise ValueError
class O:
    x = 1
    def m(self, *a): raise ValueError
    @property
    def p(self): raise ValueError
o = O()
t = None
def attr1():
    return (t
      .split())
def attr_noncall():
    return (t
      .x)
def chain():
    return ("abc"
     .upper()
     .index("z"))
def call_args_multi():
    return o.m(
       1,
       2)
def call_args_multi2():
    return (o
      .m(
       1,
       2))
def prop():
    return (o
       .p)
def prop_call_inner():
    return (o
       .p
       .q)
def sub():
    return ([]
       [0])
def binop():
    return (1
       +
       "a")
def store_attr():
    (t
      .x) = 1
def aug_attr():
    (t
      .x) += 1
def kw_call():
    return (o
      .m(
       x=1))
def star_call():
    a = [1]
    return (o
      .m(
       *a))
def nested_args():
    return (o
      .m(1,
         t.x))
def attr_in_attr():
    return (o.
         p)
def meth_name_split():
    return (o.
       m
       (1))
def del_attr():
    del (t
      .x)
def plain_call():
    return boom(
        1)
def plain_call2():
    return (boom
        (1))
def getattr_on_call():
    return (boom
       .x)
for f in [attr1, attr_noncall, chain, call_args_multi, call_args_multi2, prop, prop_call_inner, sub, binop, store_attr, aug_attr, kw_call, star_call, nested_args, attr_in_attr, meth_name_split, del_attr, plain_call, plain_call2, getattr_on_call]:
    where(f)

class S:
    y = 0

    def __setattr__(self, k, v):
        raise KeyError(k)


s = S()


def setattr_hook():
    (s
      .x) = 1


def aug_binop():
    (o
      .x) += "a"


def aug_store():
    (s
      .y) += (
      2)


for f in [setattr_hook, aug_binop, aug_store]:
    where(f)

text = None
words = (text
         .split())
