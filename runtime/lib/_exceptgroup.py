# _exceptgroup: the built-ins BaseExceptionGroup and ExceptionGroup, and what `try/except*`
# runs (frontend/desugar.rs turns each `except*` clause into a test of _Star.match and a
# handler, and the statement's end into _Star.finish), as CPython 3.11's. Compiled with a
# module that names them or has an `except*`.


def _matcher(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions):
        if not isinstance(message, str):
            raise TypeError("argument 1 must be str, not %s" % type(message).__name__)
        if not isinstance(exceptions, (list, tuple)):
            raise TypeError("second argument (exceptions) must be a sequence")
        given = exceptions
        exceptions = tuple(exceptions)
        if not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(exceptions):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        if cls is BaseExceptionGroup and all(isinstance(e, Exception) for e in exceptions):
            cls = ExceptionGroup
        if issubclass(cls, Exception) and not all(isinstance(e, Exception) for e in exceptions):
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = super().__new__(cls, message, given)
        self._message = message
        self._exceptions = exceptions
        return self

    def __init__(self, message, exceptions):
        super().__init__(message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derived(self, excs):
        # (All of its exceptions, unchanged: the group itself, as CPython's.)
        if len(excs) == len(self._exceptions) and all(a is b for a, b in zip(excs, self._exceptions)):
            return self
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        # (Its traceback too, as CPython copies it: the runtime copies the frames.)
        group._mpyc_frames_of = self
        return group

    def split(self, condition):
        test = _matcher(condition)
        if test(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(test)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif test(e):
                matched.append(e)
            else:
                rest.append(e)
        return (self._derived(matched) if matched else None), (self._derived(rest) if rest else None)

    def subgroup(self, condition):
        return self.split(condition)[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


def _leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [leaf for sub in e.exceptions for leaf in _leaves(sub)]
    return [e]


class _Star:
    # One `try/except*` at work: what is left to match, what the handlers raised, and the
    # parts they raised again with a bare `raise`.
    def __init__(self, exc):
        self.original = exc
        self.naked = not isinstance(exc, BaseExceptionGroup)
        self.rest = BaseExceptionGroup("", (exc,)) if self.naked else exc
        self.matched = None
        self.raised = []
        self.reraised = []

    def match(self, condition):
        if isinstance(condition, type) and issubclass(condition, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        if self.rest is None:
            return False
        matched, self.rest = self.rest.split(condition)
        self.matched = matched
        return matched is not None

    def add_raised(self, exc):
        if exc is self.matched or exc is self.original:
            self.reraised.append(self.matched)
        else:
            # (Raised while the handler handled the matched part: that is its context.)
            if exc.__context__ is self.original:
                exc.__context__ = self.matched
            self.raised.append(exc)

    def finish(self):
        # What is left to raise after the statement (None: nothing): what no handler took, and
        # what was raised again, in the original group's shape, with what the handlers raised.
        keep = set()
        for group in ([self.rest] if self.rest is not None else []) + self.reraised:
            for leaf in _leaves(group):
                keep.add(id(leaf))
        unhandled = None
        if keep:
            unhandled = self.original if self.naked else self.original.split(lambda e: id(e) in keep)[0]
        if not self.raised:
            return unhandled
        if unhandled is None and len(self.raised) == 1:
            return self.raised[0]
        return BaseExceptionGroup("", self.raised + ([unhandled] if unhandled is not None else []))
