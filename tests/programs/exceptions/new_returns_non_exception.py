# An exception class whose __new__ makes no exception: raise and a generator's throw say so
# as CPython does.
class E(BaseException):
    def __new__(cls, *args):
        return 1
try:
    raise E
except TypeError as e:
    print(e)
def gen():
    yield
try:
    gen().throw(E)
except TypeError as e:
    print(e)
