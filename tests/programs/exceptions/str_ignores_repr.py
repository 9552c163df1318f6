# str() of an exception is its arguments', even when its class defines __repr__.
class E(Exception):
    def __repr__(self): return "R"
print(str(E("a")), repr(E("a")), f"{E('b')}")
try:
    raise E("c")
except E as e:
    print(e)
