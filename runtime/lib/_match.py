# The parts of `match` that are more than a test or two (compiler/src/frontend/desugar.rs
# rewrites `match` statements into `if` chains that call these): a class pattern's attributes
# as CPython's MATCH_CLASS gets them, and what counts as a sequence or a mapping. Only the
# functions a program's patterns call are compiled with it, and they name no built-in type
# they can do without (a type named in the source brings its code into the firmware).


def attrs(subject, cls, npos, names):
    # The values of `cls(p0, …, name=…)`'s attributes for `subject` (npos positional, then
    # the keywords' `names`), or None when the subject is not a `cls` or lacks one of them.
    try:
        if not isinstance(subject, cls):
            return None
        cls.__mro__
    except (TypeError, AttributeError):
        raise TypeError("called match pattern must be a type")
    out = []
    seen = []
    if npos:
        try:
            args = cls.__match_args__
        except AttributeError:
            args = None
        if args is None:
            # (The built-in types whose objects match one positional sub-pattern themselves —
            # bool, bytes, dict, float, int, list, set, str, tuple… — and their subclasses; of
            # the built-in bases, exceptions do not.)
            builtin = cls.__mro__[-2].__module__ == "builtins" if len(cls.__mro__) > 1 else False
            allowed = 1 if builtin and not issubclass(cls, BaseException) else 0
            if npos > allowed:
                _too_many(cls, allowed, npos)
            out.append(subject)
        else:
            try:
                args + ()
            except TypeError:
                raise TypeError(cls.__name__ + ".__match_args__ must be a tuple (got " + _kind(args) + ")")
            if npos > len(args):
                _too_many(cls, len(args), npos)
            for i in range(npos):
                name = args[i]
                if not isinstance(name, str):
                    raise TypeError("__match_args__ elements must be strings (got " + _kind(name) + ")")
                if not _get(subject, cls, name, seen, out):
                    return None
    for name in names:
        if not _get(subject, cls, name, seen, out):
            return None
    return out


def _kind(x):
    # The name of x's type, from its repr's start where that says it (`[` a list, `{` a dict).
    r = repr(x)
    for opening, name in (("[", "list"), ("{", "dict"), ("'", "str"), ('"', "str")):
        if r.startswith(opening):
            return name
    return r.split(" ")[0].lstrip("<").split("(")[0]


def _too_many(cls, allowed, given):
    s = "" if allowed == 1 else "s"
    raise TypeError(cls.__name__ + "() accepts " + str(allowed) + " positional sub-pattern" + s
                    + " (" + str(given) + " given)")


def _get(subject, cls, name, seen, out):
    if name in seen:
        raise TypeError(cls.__name__ + "() got multiple sub-patterns for attribute " + repr(name))
    seen.append(name)
    try:
        out.append(getattr(subject, name))
    except AttributeError:
        return False
    return True


# The classes of library modules whose objects sequence and mapping patterns match: added by
# those modules when a program imports them (`collections`' deque, `collections.abc`'s
# Sequence and Mapping), so that no type is named here and no module imported.
SEQUENCES = []
MAPPINGS = []


def sequence(subject):
    # A sequence pattern's subject beyond list, tuple and range (which the test checks first):
    # deques and collections.abc.Sequence's classes, registered ones too, but str, bytes and
    # bytearray (told by their `join`: naming their types, or a method only they have, would
    # bring their code into every firmware with a sequence pattern).
    for c in SEQUENCES:
        if isinstance(subject, c):
            return not hasattr(subject, "join")
    return False


def mapping(subject):
    # A mapping pattern's subject beyond dict: collections.abc.Mapping's classes.
    for c in MAPPINGS:
        if isinstance(subject, c):
            return True
    return False


def middle(subject, before, after):
    # What a sequence pattern's `*name` binds: the items between the `before` first and the
    # `after` last, as a list (a deque or a Sequence need not take slices).
    if not isinstance(subject, (list, tuple, range)):
        subject = list(subject)
    return list(subject[before : len(subject) - after])
