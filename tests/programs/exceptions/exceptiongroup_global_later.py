# A module that binds ExceptionGroup (a built-in mpyc writes in Python) itself, read before
# its own assignment: the built-in, as CPython's.
print(ExceptionGroup.__name__, BaseExceptionGroup.__name__)
def f():
    return ExceptionGroup.__name__
print(f())
if False:
    ExceptionGroup = None
BaseExceptionGroup = 5
print(BaseExceptionGroup)
