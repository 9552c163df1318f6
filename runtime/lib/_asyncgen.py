# _asyncgen: async generators on the generator machinery, compiled with a program that has one.
#
# The compiler (frontend/desugar.rs) turns `async def f(): ... yield v ...` into a generator
# function whose `yield v` yields Value(v), whose awaits yield what the awaited object yields
# (as in any coroutine), and which is decorated with function(): calling f makes an
# async_generator around that generator. Each asend/athrow/aclose (and __anext__) is a _Step,
# an awaitable that drives the generator until it yields a Value, passing everything else it
# yields out to whoever awaits the step (the event loop) and what that one sends or throws back
# in. Async comprehensions await anext_or_end(it) for each item, and an async generator
# expression is an async_generator as well.


class Value:
    # A value the async generator yields to its consumer (anything else it yields is the
    # awaited object's, for the event loop).
    def __init__(self, value):
        self.value = value


END = object()


async def anext_or_end(it):
    try:
        return await it.__anext__()
    except StopAsyncIteration:
        return END


def aiter_of(obj):
    try:
        method = type(obj).__aiter__
    except AttributeError:
        raise TypeError("'async for' requires an object with __aiter__ method, got " + type(obj).__name__) from None
    return method(obj)


def aiter(obj):
    # The built-in aiter (a module naming it imports this one: frontend/desugar.rs).
    try:
        method = type(obj).__aiter__
    except AttributeError:
        raise TypeError("'%s' object is not an async iterable" % type(obj).__name__) from None
    it = method(obj)
    if not hasattr(type(it), "__anext__"):
        raise TypeError("aiter() returned not an async iterator of type '%s'" % type(it).__name__)
    return it


_NO_DEFAULT = object()


def anext(iterator, default=_NO_DEFAULT):
    # The built-in anext: the awaitable of the iterator's next item, which with a default gives
    # it in place of StopAsyncIteration.
    try:
        method = type(iterator).__anext__
    except AttributeError:
        raise TypeError("'%s' object is not an async iterator" % type(iterator).__name__) from None
    step = method(iterator)
    if default is _NO_DEFAULT:
        return step
    return _or_default(step, default)


async def _or_default(step, default):
    try:
        return await step
    except StopAsyncIteration:
        return default


def function(f):
    def wrapper(*args, **kwargs):
        return async_generator(f(*args, **kwargs), f.__name__, f.__qualname__)

    wrapper.__name__ = f.__name__
    wrapper.__qualname__ = f.__qualname__
    return wrapper


def expression(gen):
    return async_generator(gen, "<genexpr>", "<genexpr>")


class async_generator:
    def __init__(self, gen, name, qualname):
        self._gen = gen
        self._state = 0  # 0 not started, 1 started, 2 finished
        self.ag_running = False
        self.__name__ = name
        self.__qualname__ = qualname

    def __aiter__(self):
        return self

    def __anext__(self):
        return _Step(self, 0, None)

    def asend(self, value):
        return _Step(self, 0, value)

    def athrow(self, typ, val=None, tb=None):
        return _Step(self, 1, (typ,) if val is None else (typ, val))

    def aclose(self):
        return _Step(self, 2, None)

    def __repr__(self):
        return "<async_generator object %s at 0x%x>" % (self.__qualname__, id(self))


class _Step:
    # Awaiting a step runs its generator (_run); a step is also driven by hand, as CPython's
    # are, with send/throw/close.
    def __init__(self, agen, kind, arg):
        self._agen = agen
        self._kind = kind  # 0 send, 1 throw, 2 close
        self._arg = arg
        self._it = None

    def __await__(self):
        if self._it is None:
            self._it = self._run()
        return self._it

    def __iter__(self):
        return self.__await__()

    def __next__(self):
        return self.__await__().send(None)

    def send(self, value):
        return self.__await__().send(value)

    def throw(self, *args):
        return self.__await__().throw(*args)

    def close(self):
        return self.__await__().close()

    def _run(self):
        agen = self._agen
        kind = self._kind
        if agen.ag_running:
            raise RuntimeError("anext(): asynchronous generator is already running")
        if agen._state == 2 or (kind == 2 and agen._state == 0):
            agen._state = 2
            if kind == 0:
                raise StopAsyncIteration
            return None
        if kind == 0 and agen._state == 0 and self._arg is not None:
            raise TypeError("can't send non-None value to a just-started async generator")
        gen = agen._gen
        agen.ag_running = True
        agen._state = 1
        try:
            if kind == 0:
                got = gen.send(self._arg)
            elif kind == 1:
                got = gen.throw(*self._arg)
            else:
                got = gen.throw(GeneratorExit)
            while type(got) is not Value:
                try:
                    sent = yield got
                except BaseException as e:
                    got = gen.throw(e)
                else:
                    got = gen.send(sent)
        except StopIteration:
            agen._state = 2
            if kind == 0:
                raise StopAsyncIteration from None
            return None
        except GeneratorExit:
            agen._state = 2
            if kind == 2:
                return None
            raise
        except StopAsyncIteration as e:
            agen._state = 2
            if kind == 2:
                return None
            raise RuntimeError("async generator raised StopAsyncIteration") from e
        except RuntimeError as e:
            agen._state = 2
            if type(e.__cause__) is StopIteration and str(e) == "generator raised StopIteration":
                raise RuntimeError("async generator raised StopIteration") from e.__cause__
            raise
        except BaseException:
            agen._state = 2
            raise
        finally:
            agen.ag_running = False
        if kind == 2:
            raise RuntimeError("async generator ignored GeneratorExit")
        return got.value
