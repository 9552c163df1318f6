# The parts of `match` that are more than a test or two (compiler/src/frontend/desugar.rs
# rewrites `match` statements into `if` chains that call these): a class pattern's attributes
# as CPython's MATCH_CLASS gets them, and what counts as a sequence or a mapping.

# The types that match one positional sub-pattern against the subject itself.
_SELF = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def attrs(subject, cls, npos, names):
    # The values of `cls(p0, …, name=…)`'s attributes for `subject` (npos positional, then
    # the keywords' `names`), or None when the subject is not a `cls` or lacks one of them.
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(subject, cls):
        return None
    out = []
    seen = []
    if npos:
        try:
            args = cls.__match_args__
        except AttributeError:
            args = None
        if args is None:
            allowed = 1 if issubclass(cls, _SELF) else 0
            if npos > allowed:
                _too_many(cls, allowed, npos)
            out.append(subject)
        else:
            if type(args) is not tuple:
                raise TypeError("%s.__match_args__ must be a tuple (got %s)" % (cls.__name__, type(args).__name__))
            if npos > len(args):
                _too_many(cls, len(args), npos)
            for i in range(npos):
                name = args[i]
                if type(name) is not str:
                    raise TypeError("__match_args__ elements must be strings (got %s)" % type(name).__name__)
                if not _get(subject, cls, name, seen, out):
                    return None
    for name in names:
        if not _get(subject, cls, name, seen, out):
            return None
    return out


def _too_many(cls, allowed, given):
    s = "" if allowed == 1 else "s"
    raise TypeError("%s() accepts %d positional sub-pattern%s (%d given)" % (cls.__name__, allowed, s, given))


def _get(subject, cls, name, seen, out):
    if name in seen:
        raise TypeError("%s() got multiple sub-patterns for attribute %r" % (cls.__name__, name))
    seen.append(name)
    try:
        out.append(getattr(subject, name))
    except AttributeError:
        return False
    return True


def _abc(subject, names):
    for k in type(subject).__mro__:
        if k.__name__ in names and k.__module__ in ("collections.abc", "collections", "array"):
            return True
    return False


def sequence(subject):
    # A sequence pattern's subject beyond list, tuple and range (which the test checks first):
    # CPython's other sequences, and classes derived from collections.abc.Sequence.
    if isinstance(subject, (str, bytes, bytearray)):
        return False
    if isinstance(subject, memoryview):
        return True
    return _abc(subject, ("Sequence", "MutableSequence", "deque", "array"))


def mapping(subject):
    # A mapping pattern's subject beyond dict: classes derived from collections.abc.Mapping.
    return _abc(subject, ("Mapping", "MutableMapping"))


def middle(subject, before, after):
    # What a sequence pattern's `*name` binds: the items between the `before` first and the
    # `after` last, as a list (a deque or a Sequence need not take slices).
    if not isinstance(subject, (list, tuple, range)):
        subject = list(subject)
    return list(subject[before : len(subject) - after])
