# The rest of CPython's built-in exception classes (warnings, OSError's ChildProcessError and
# ProcessLookupError, errno 10 and 3 of OSError(errno, msg), UnicodeTranslateError).
import builtins
for n in ("ChildProcessError", "ProcessLookupError", "UnicodeTranslateError", "FutureWarning",
          "ResourceWarning", "SyntaxWarning", "PendingDeprecationWarning", "ImportWarning",
          "UnicodeWarning", "BytesWarning", "EncodingWarning"):
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__mro__])
print(type(OSError(3, "x")).__name__, type(OSError(10, "y")).__name__)
try:
    raise FutureWarning("later")
except Warning as w:
    print(repr(w))
