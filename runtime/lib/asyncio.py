# asyncio: MicroPython's asyncio API on a scheduler written in Python, in CPython 3.11's order.
#
# A Future holds a state and callbacks; finishing it puts each callback on the loop's ready
# queue. A Task is a Future driving a coroutine with send/throw: when the coroutine yields a
# Future the task waits for it (the Future's callback schedules the next step); when it yields
# None (sleep(0)) the task is scheduled again at once. Each turn the loop moves the due timers
# (a heap by wake time, ties in insertion order) to the ready queue, then runs the callbacks
# that were ready when the turn began, first in first out; with none ready it idles with
# time.sleep until the next wake time. This is the order in which CPython runs tasks.
#
# Differences: an exception that ends a task nobody awaits goes to the loop's exception
# handler ("Task exception was never retrieved") a turn later unless its result or exception
# was asked for meanwhile, as MicroPython's does (CPython's, when the task is collected);
# create_task, gather and ensure_future may be called outside
# a running loop, as in MicroPython (the tasks run when a loop next runs); when no task can
# ever run again the loop waits forever, as CPython's does. Only ThreadSafeFlag.set may be
# called from an interrupt handler. An exception in a done-callback goes to the loop's
# exception handler (the default one prints it on stderr) and the loop goes on. as_completed
# and TaskGroup keep their Futures in the order given or created (CPython's sets order them by
# hash: which of a group's tasks is cancelled first, for one). TaskGroup raises its errors as
# an exception group only when the program has mpyc's exception groups (it names them or has
# an except*), else its first error. Not provided: Barrier, streams, run_in_executor and
# threads, contexts, iscoroutinefunction (a function does not tell here whether it is an
# async def).
import sys
import time
from heapq import heappush, heappop

class CancelledError(BaseException):
    pass

class InvalidStateError(Exception):
    pass

TimeoutError = TimeoutError

_ticks = [0, 0]  # the last time.ticks_ms() read, and the milliseconds of its wraps before


def _now():
    # The loop's clock: seconds from the board's millisecond ticks, which wrap every 2**30 ms
    # (read far more often than that while a loop runs). Not time.time(): a wall clock may be
    # set, and on a board of 32-bit floats it counts whole seconds.
    t = time.ticks_ms()
    if t < _ticks[0]:
        _ticks[1] += 1 << 30
    _ticks[0] = t
    return (_ticks[1] + t) / 1000

_running = None  # the loop now running, if any
_default = None  # the loop get_event_loop() returns outside a running loop

def _cancelled(msg):
    return CancelledError() if msg is None else CancelledError(msg)

class Future:
    # _state: 0 pending, 1 result, 2 exception, 3 cancelled; _value: the result or exception.
    def __init__(self, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = 0
        self._value = None
        self._callbacks = []
        self._retrieved = False  # whether result() or exception() was asked after it ended

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != 0

    def cancelled(self):
        return self._state == 3

    def result(self):
        if self._state == 1:
            return self._value
        if self._state == 0:
            raise InvalidStateError("Result is not set.")
        self._retrieved = True
        raise self._value

    def exception(self):
        if self._state == 0:
            raise InvalidStateError("Exception is not set.")
        self._retrieved = True
        if self._state == 3:
            raise self._value
        return self._value if self._state == 2 else None

    def add_done_callback(self, fn):
        if self._state:
            self._loop._ready.append((fn, self))
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [c for c in self._callbacks if not (c is fn or c == fn)]
        n = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return n

    def _finish(self, state, value):
        if self._state:
            raise InvalidStateError("invalid state")
        self._state = state
        self._value = value
        callbacks = self._callbacks
        self._callbacks = []
        ready = self._loop._ready
        for fn in callbacks:
            ready.append((fn, self))

    def set_result(self, value):
        self._finish(1, value)

    def set_exception(self, exc):
        self._finish(2, exc)

    def cancel(self, msg=None):
        if self._state:
            return False
        self._finish(3, _cancelled(msg))
        return True

    def _resolve(self, value):
        # Timer and done-callback: sets the result unless already done.
        if not self._state:
            self._finish(1, value)

    def __await__(self):
        return _Wait(self)

    __iter__ = __await__

class _Wakeup:
    # A wait for something to happen, as a small object instead of a coroutine (on a board
    # every started coroutine holds a generator stack in the heap): the first send() calls
    # _start, which gives a Future to wait for, None to yield once (the task goes to the back of
    # the ready queue), or False when there is nothing to wait for; once that Future is done or
    # the wait is cancelled, _end runs, and the wait's value is _value().
    def __init__(self, owner):
        self._owner = owner
        self._fut = None
        self._step = 0  # 0: not started, 1: waiting, 2: done

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        step = self._step
        self._step = 2
        if step == 0:
            fut = self._start()
            if fut is not False:
                self._fut = fut
                if fut is None or not fut._state:
                    self._step = 1
                    return fut
                self._stop()
        elif step == 2:
            raise RuntimeError("cannot reuse already awaited coroutine")
        else:
            self._stop()
        raise StopIteration(self._value())

    def throw(self, exc, *rest):
        if self._step == 1:
            self._stop()
        self._step = 2
        raise exc

    def close(self):
        if self._step == 1:
            self._stop()
        self._step = 2

    def _stop(self):
        fut = self._fut
        self._fut = None
        if fut is not None:
            self._end(fut)

class _Wait(_Wakeup):
    # Awaiting a Future: yields it once, unless it is done, then returns its result.
    def _start(self):
        return self._owner

    def _end(self, fut):
        pass

    def _value(self):
        return self._owner.result()

_tasks_named = 0  # the default names given so far: CPython's Task-1 is the first task made

def _default_name():
    global _tasks_named
    _tasks_named += 1
    return "Task-%d" % _tasks_named

class Task(Future):
    def __init__(self, coro, loop=None, name=None):
        if not hasattr(coro, "send"):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        Future.__init__(self, loop)
        self._coro = coro
        self._name = _default_name() if name is None else str(name)
        self._waiting = None  # the Future this task waits for
        self._must_cancel = False
        self._cancel_msg = None
        self._cancels = 0  # cancel() requests not taken back by uncancel() (timeout, TaskGroup)
        self._loop._tasks[self] = None
        self._loop._ready.append((self._step, None))

    def cancel(self, msg=None):
        if self._state:
            return False
        self._cancels += 1
        waiting = self._waiting
        if waiting is not None and waiting.cancel(msg):
            return True  # the task wakes with CancelledError at its await
        self._must_cancel = True  # its next step (already scheduled) throws CancelledError
        self._cancel_msg = msg
        return True

    def cancelling(self):
        return self._cancels

    def uncancel(self):
        if self._cancels > 0:
            self._cancels -= 1
        return self._cancels

    def set_result(self, value):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exc):
        raise RuntimeError("Task does not support set_exception operation")

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def _end(self, state, value):
        del self._loop._tasks[self]
        if state == 2 and not self._callbacks:
            self._loop._ready.append((self._unretrieved, value))
        self._finish(state, value)

    def _unretrieved(self, exc):
        if not self._retrieved:
            self._loop.call_exception_handler(
                {"message": "Task exception was never retrieved", "exception": exc, "future": self})

    def _wakeup(self, fut):
        self._step(None if fut._state == 1 else fut._value)

    def _step(self, exc):
        if self._state:
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = _cancelled(self._cancel_msg)
            self._must_cancel = False
        self._waiting = None
        loop = self._loop
        loop._current = self
        try:
            if exc is None:
                r = self._coro.send(None)
            else:
                r = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:  # cancelled itself just before returning
                self._must_cancel = False
                self._end(3, _cancelled(self._cancel_msg))
            else:
                self._end(1, e.value)
        except CancelledError as e:
            self._end(3, e)
        except BaseException as e:
            self._end(2, e)
            if isinstance(e, (KeyboardInterrupt, SystemExit)):
                raise
        else:
            if isinstance(r, Future):
                r.add_done_callback(self._wakeup)
                self._waiting = r
                if self._must_cancel and r.cancel(self._cancel_msg):
                    self._must_cancel = False
            elif r is None:
                loop._ready.append((self._step, None))
            else:
                err = RuntimeError("Task got bad yield: %r" % (r,))
                loop._ready.append((self._step, err))
        finally:
            loop._current = None

class Handle:
    # What call_soon, call_later and call_at give: cancel() keeps the callback from running
    # (and takes a timer off the heap, so the loop does not wake for it).
    def __init__(self, fn, args, when):
        self._fn = fn
        self._args = args
        self._when = when
        self._timer = None

    def cancel(self):
        self._fn = None
        if self._timer is not None:
            self._timer[2] = None

    def cancelled(self):
        return self._fn is None

    def when(self):
        return self._when

    def _run(self, _):
        if self._fn is not None:
            self._fn(*self._args)

TimerHandle = Handle

class Loop:
    def __init__(self):
        self._ready = []  # (callback, argument) pairs, run in order
        self._timers = []  # heap of [when, sequence number, callback or None, argument]
        self._seq = 0
        self._tasks = {}  # the tasks not done, in creation order
        self._flags = []  # the ThreadSafeFlags being waited for
        self._current = None
        self._stopping = False
        self._closed = False
        self._handler = None  # set_exception_handler's, or None for the default one

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got %r" % (handler,))
        self._handler = handler

    def get_exception_handler(self):
        return self._handler

    def default_exception_handler(self, context):
        print(context.get("message", "Unhandled exception in event loop"), file=sys.stderr)
        exc = context.get("exception")
        if exc is not None:
            sys.print_exception(exc, sys.stderr)

    def call_exception_handler(self, context):
        if self._handler is None:
            self.default_exception_handler(context)
            return
        try:
            self._handler(self, context)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:
            # (As CPython: reported by the default handler, and the loop goes on.)
            self.default_exception_handler({"message": "Unhandled error in exception handler", "exception": e})

    def _call_at(self, when, fn, arg):
        self._seq += 1
        timer = [when, self._seq, fn, arg]
        heappush(self._timers, timer)
        return timer  # cancel it with timer[2] = None

    def create_task(self, coro, *, name=None):
        return Task(coro, self, name)

    def create_future(self):
        return Future(self)

    def time(self):
        return _now()

    def call_soon(self, fn, *args):
        handle = Handle(fn, args, None)
        self._ready.append((handle._run, None))
        return handle

    def call_at(self, when, fn, *args):
        handle = Handle(fn, args, when)
        handle._timer = self._call_at(when, handle._run, None)
        return handle

    def call_later(self, delay, fn, *args):
        return self.call_at(_now() + delay, fn, *args)

    def stop(self):
        self._stopping = True

    def is_running(self):
        return _running is self

    def is_closed(self):
        return self._closed

    def close(self):
        if _running is self:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready = []
        self._timers = []

    def _run_once(self):
        timers = self._timers
        while timers and timers[0][2] is None:
            heappop(timers)
        if not self._ready and not self._stopping:
            wait = 0.01  # nothing scheduled at all: poll, forever if need be
            if timers:
                wait = timers[0][0] - _now()
            if self._flags and wait > 0.001:
                wait = 0.001
            if wait > 0:
                time.sleep(wait)
        for flag in self._flags:
            if flag._flag and flag._waiter is not None:
                flag._waiter._resolve(None)
        now = _now()
        while timers and timers[0][0] <= now:
            timer = heappop(timers)
            if timer[2] is not None:
                self._ready.append((timer[2], timer[3]))
        ready = self._ready
        self._ready = []
        for fn, arg in ready:
            try:
                fn(arg)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as e:
                # (A task's own steps catch what its coroutine raises: this is a done-callback.)
                self.call_exception_handler({"message": "Exception in callback %r" % (fn,), "exception": e})

    def _check_can_run(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if _running is self:
            raise RuntimeError("This event loop is already running")
        if _running is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def run_forever(self):
        global _running
        self._check_can_run()
        _running = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            _running = None

    def _stop_cb(self, fut):
        self._stopping = True

    def run_until_complete(self, aw):
        self._check_can_run()  # (before making a task, which would run in the running loop)
        fut = _ensure(aw, self)
        stop = self._stop_cb
        fut.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            fut.remove_done_callback(stop)
        if not fut._state:
            raise RuntimeError("Event loop stopped before Future completed.")
        return fut.result()

def get_event_loop():
    global _default
    if _running is not None:
        return _running
    if _default is None or _default._closed:
        _default = Loop()
    return _default

def new_event_loop():
    # As MicroPython's: the new loop also becomes the one get_event_loop() returns.
    global _default
    _default = Loop()
    return _default

def set_event_loop(loop):
    global _default
    _default = loop

def get_running_loop():
    if _running is None:
        raise RuntimeError("no running event loop")
    return _running

def current_task():
    return get_running_loop()._current

def all_tasks():
    return set(get_running_loop()._tasks)

async def _awaited(aw):
    return await aw

def _ensure(aw, loop):
    if isinstance(aw, Future):
        return aw
    if not hasattr(aw, "send"):
        if not hasattr(aw, "__await__"):
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
        aw = _awaited(aw)
    return Task(aw, loop)

def isfuture(obj):
    return isinstance(obj, Future)

def ensure_future(aw):
    return _ensure(aw, get_event_loop())

def _named(task, name):
    # As CPython 3.11's asyncio.create_task and TaskGroup.create_task: the task gets a default
    # name (which counts in the numbering) and then the one asked for.
    if name is not None:
        task.set_name(name)
    return task

def create_task(coro, *, name=None):
    return _named(get_event_loop().create_task(coro), name)

def _generator():
    yield

def iscoroutine(obj):
    # As CPython 3.11's: a coroutine, a generator, or an object with a coroutine's methods (as
    # this module's waits, such as sleep(), which are coroutines in CPython).
    t = type(obj)
    if not (hasattr(t, "send") and hasattr(t, "throw") and hasattr(t, "close")):
        return False
    return hasattr(t, "__await__") or t is type(_generator())

def run(main):
    global _default, _tasks_named
    if _running is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        _tasks_named += 2  # (CPython's run() has made its loop, and shuts it down: see below)
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = _default
    if loop is None or loop._closed or not loop._tasks:
        # A new loop, as CPython's run(), unless tasks created outside a loop (as MicroPython
        # allows) wait in the default one.
        loop = Loop()
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            # As CPython: cancel the tasks still pending and let them finish.
            pending = list(loop._tasks)
            if pending:
                for t in pending:
                    t.cancel()
                loop.run_until_complete(_Gather(pending, True, loop))
        finally:
            loop.close()
            if loop is _default:
                _default = None
            # CPython's run() ends by running two more tasks (shutting down async generators and
            # the default executor), numbered as the others.
            _tasks_named += 2

class _Sleep(_Wakeup):
    # What sleep() gives, awaited or run as a task: sleep(0) yields None once (the task goes to
    # the back of the ready queue); a delay waits for a Future a timer resolves, and takes the
    # timer back when the wait ends early (cancelled).
    def __init__(self, delay, result):
        _Wakeup.__init__(self, delay)
        self._result = result
        self._timer = None

    def _start(self):
        if self._owner <= 0:
            return None
        loop = get_running_loop()
        fut = Future(loop)
        self._timer = loop._call_at(_now() + self._owner, fut._resolve, self._result)
        return fut

    def _end(self, fut):
        self._timer[2] = None

    def _value(self):
        return self._result

def sleep(delay, result=None):
    return _Sleep(delay, result)

def sleep_ms(ms, result=None):
    # (MicroPython's: a wait its ticks cannot count raises OverflowError, here and now.)
    if isinstance(ms, int):
        time.ticks_add(0, max(0, ms))
    return sleep(ms / 1000, result)

class _Gather(Future):
    def __init__(self, children, return_exceptions, loop):
        Future.__init__(self, loop)
        self._children = children
        self._return_exceptions = return_exceptions
        self._left = len(children)
        self._cancel_requested = False
        if not children:
            self._finish(1, [])
        for child in children:
            child.add_done_callback(self._child_done)

    def cancel(self, msg=None):
        # Cancels the children; this Future finishes once they have.
        if self._state:
            return False
        some = False
        for child in self._children:
            if child.cancel(msg):
                some = True
        if some:
            self._cancel_requested = True
        return some

    def _child_done(self, child):
        self._left -= 1
        if self._state:
            return
        if not self._return_exceptions and child._state >= 2:
            self._finish(2, child._value)  # the first exception (or CancelledError)
            return
        if self._left:
            return
        if self._cancel_requested:
            self._finish(2, CancelledError())
            return
        results = []
        for c in self._children:
            if c._state == 3:
                args = c._value.args
                results.append(CancelledError(args[0] if args else ""))
            else:
                results.append(c._value)
        self._finish(1, results)

def gather(*aws, return_exceptions=False):
    loop = get_event_loop()
    children = []
    for i in range(len(aws)):
        j = 0
        while aws[j] is not aws[i]:  # the same awaitable twice makes one task
            j += 1
        children.append(children[j] if j < i else _ensure(aws[i], loop))
    return _Gather(children, return_exceptions, loop)

async def _cancel_and_wait(fut, loop):
    waiter = Future(loop)
    cb = waiter._resolve
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)

async def wait_for(aw, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await aw
    fut = _ensure(aw, loop)
    if timeout > 0:
        waiter = Future(loop)  # done when fut is, or at the timeout
        timer = loop._call_at(_now() + timeout, waiter._resolve, None)
        cb = waiter._resolve
        fut.add_done_callback(cb)
        try:
            await waiter
        except CancelledError:  # the task running wait_for is cancelled
            if not fut._state:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop)
                raise
        finally:
            timer[2] = None
        fut.remove_done_callback(cb)
    if fut._state:
        return fut.result()
    await _cancel_and_wait(fut, loop)  # timed out
    if fut._state == 3:
        raise TimeoutError()
    return fut.result()  # the coroutine caught the cancellation and finished

def wait_for_ms(aw, timeout):
    return wait_for(aw, timeout / 1000)

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

def _not_many(fs, what):
    # (As CPython: one Future or coroutine given where an iterable of them is expected.)
    if isinstance(fs, Future) or hasattr(fs, "send"):
        raise TypeError("expect %s of futures, not %s" % (what, type(fs).__name__))

async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    _not_many(fs, "a list")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % (return_when,))
    fs = set(fs)
    for f in fs:
        if hasattr(f, "send"):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = Future(loop)  # done at the timeout, or when a Future's end is what was asked for
    timer = None
    if timeout is not None:
        timer = loop._call_at(_now() + timeout, waiter._resolve, None)
    left = [len(fs)]

    def completed(f):
        left[0] -= 1
        failed = return_when == FIRST_EXCEPTION and f._state == 2
        if left[0] <= 0 or return_when == FIRST_COMPLETED or failed:
            waiter._resolve(None)

    for f in fs:
        f.add_done_callback(completed)
    try:
        await waiter
    finally:
        if timer is not None:
            timer[2] = None
        for f in fs:
            f.remove_done_callback(completed)
    done = {f for f in fs if f._state}
    return done, fs - done

def as_completed(fs, *, timeout=None):
    # A generator, as CPython's (nothing happens before the first next()): each awaitable it
    # gives waits for the next Future to finish (in the order they finish) and returns its
    # result or raises its exception, or raises TimeoutError once the timeout has passed.
    _not_many(fs, "an iterable")
    loop = get_event_loop()
    finished = Queue()  # the Futures in the order they finished; None for each at the timeout
    todo = {}  # the Futures not finished, in order (a dict: CPython's set orders them by hash)
    for f in dict.fromkeys(fs):
        todo[_ensure(f, loop)] = None
    timer = None

    def on_timeout(_):
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if todo:  # (not after the timeout)
            del todo[f]
            finished.put_nowait(f)
            if not todo and timer is not None:
                timer[2] = None

    async def next_done():
        f = await finished.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop._call_at(_now() + timeout, on_timeout, None)
    for _ in range(len(todo)):
        yield next_done()

def shield(aw):
    # A Future that ends as aw does, but whose cancellation leaves aw running.
    inner = _ensure(aw, get_event_loop())
    if inner._state:
        return inner
    outer = Future(inner._loop)

    def inner_done(inner):
        if outer._state == 3:
            inner._retrieved = True  # (as CPython: nobody is left to see its exception)
        elif inner._state == 3:
            outer.cancel()
        else:
            outer._finish(inner._state, inner._value)

    def outer_done(outer):
        if not inner._state:
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer

class Timeout:
    # CPython 3.11's asyncio.timeout: at the deadline the task is cancelled, and on leaving the
    # block that cancellation (unless the task was also cancelled otherwise meanwhile) becomes
    # TimeoutError. _state: 0 created, 1 entered, 2 expiring (cancelled at the deadline),
    # 3 expired, 4 exited.
    def __init__(self, when):
        self._when = when
        self._state = 0
        self._handle = None
        self._task = None
        self._cancelling = 0  # the task's cancel requests on entering

    def when(self):
        return self._when

    def expired(self):
        return self._state == 2 or self._state == 3

    def reschedule(self, when):
        if self._state != 1:
            if self._state == 0:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of %s Timeout"
                               % ("created", "active", "expiring", "expired", "finished")[self._state])
        self._when = when
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if when is not None:
            loop = get_running_loop()
            if when <= _now():
                self._handle = loop.call_soon(self._on_timeout)
            else:
                self._handle = loop.call_at(when, self._on_timeout)

    async def __aenter__(self):
        if self._state != 0:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 1
        self._task = task
        self._cancelling = task._cancels
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._state == 2:
            self._state = 3
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc
        elif self._state == 1:
            self._state = 4

    def _on_timeout(self):
        self._task.cancel()
        self._state = 2
        self._handle = None

def timeout(delay):
    return Timeout(None if delay is None else get_running_loop().time() + delay)

def timeout_at(when):
    return Timeout(when)

def _group(message, errors):
    # An exception group of errors. mpyc's exception groups come with a program that names
    # them or has an except* (their module is then loaded); naming them here would put them
    # in every program using asyncio. Without them: the first error.
    groups = sys.modules.get("_exceptgroup")
    if groups is None:
        return errors[0]
    return getattr(groups, "BaseException" + "Group")(message, errors)

class TaskGroup:
    # CPython 3.11's: leaving the block waits for its tasks; the first task to fail (or an
    # exception in the block) cancels the others and the block, and leaving raises the
    # errors as an exception group.
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent = None  # the task running the block
        self._parent_cancelled = False  # whether this group cancelled it
        self._tasks = {}  # the tasks not done, in creation order
        self._errors = []
        self._base_error = None  # a SystemExit or KeyboardInterrupt, raised as it is
        self._all_done = None  # the Future __aexit__ waits for

    def __repr__(self):
        info = ""
        if self._tasks:
            info += " tasks=%d" % len(self._tasks)
        if self._errors:
            info += " errors=%d" % len(self._errors)
        if self._aborting:
            info += " cancelling"
        elif self._entered:
            info += " entered"
        return "<TaskGroup%s>" % info

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup %r has already been entered" % self)
        self._loop = get_running_loop()
        self._parent = current_task()
        if self._parent is None:
            raise RuntimeError("TaskGroup %r cannot determine the parent task" % self)
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        propagate = exc if et is CancelledError else None
        if self._parent_cancelled and self._parent.uncancel() == 0:
            propagate = None  # (the cancellation was this group's own)
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._all_done is None:
                self._all_done = Future(self._loop)
            try:
                await self._all_done
            except CancelledError as e:
                if not self._aborting:  # the task running the block is cancelled
                    propagate = e
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if propagate is not None and not self._errors:
            raise propagate
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise _group("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None):
        if not self._entered:
            raise RuntimeError("TaskGroup %r has not been entered" % self)
        if self._exiting and not self._tasks:
            raise RuntimeError("TaskGroup %r is finished" % self)
        if self._aborting:
            raise RuntimeError("TaskGroup %r is shutting down" % self)
        task = _named(Task(coro, self._loop), name)
        task.add_done_callback(self._on_task_done)
        self._tasks[task] = None
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t._state:
                t.cancel()

    def _on_task_done(self, task):
        del self._tasks[task]
        if self._all_done is not None and not self._tasks:
            self._all_done._resolve(True)
        if task._state != 2:
            return
        exc = task._value
        task._retrieved = True
        self._errors.append(exc)
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        if self._parent._state:
            self._loop.call_exception_handler(
                {"message": "Task has errored out but its parent task is already completed",
                 "exception": exc, "task": task})
        elif not self._aborting and not self._parent_cancelled:
            # Cancel the block too (its __aexit__ takes that cancellation back).
            self._abort()
            self._parent_cancelled = True
            self._parent.cancel()

class Event:
    def __init__(self):
        self._set = False
        self._waiters = []

    def is_set(self):
        return self._set

    def set(self):
        if not self._set:
            self._set = True
            for fut in self._waiters:
                fut._resolve(True)

    def clear(self):
        self._set = False

    def wait(self):
        return _EventWait(self)

class QueueEmpty(Exception):
    pass

class QueueFull(Exception):
    pass

class Queue:
    # CPython's: getters and putters wait on Futures, woken one at a time in arrival order.
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._items = []
        self._getters = []
        self._putters = []
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()

    maxsize = property(lambda self: self._maxsize)

    def _put(self, item):
        self._items.append(item)

    def _get(self):
        return self._items.pop(0)

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self._maxsize <= len(self._items)

    def _wake_next(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    async def _wait(self, waiters, blocked):
        w = Future(get_running_loop())
        waiters.append(w)
        try:
            await w
        except:
            w.cancel()
            if w in waiters:
                waiters.remove(w)
            if not blocked() and not w.cancelled():
                self._wake_next(waiters)
            raise

    async def put(self, item):
        while self.full():
            await self._wait(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake_next(self._getters)

    async def get(self):
        while self.empty():
            await self._wait(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()

class LifoQueue(Queue):
    def _get(self):
        return self._items.pop()

class PriorityQueue(Queue):
    def _put(self, item):
        heappush(self._items, item)

    def _get(self):
        return heappop(self._items)

class _Acquired:
    # async with: acquire() on entering, release() on leaving (Lock, Semaphore, Condition).
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

class Lock(_Acquired):
    def __init__(self):
        self._locked = False
        self._waiters = []

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w._state == 3 for w in self._waiters):
            self._locked = True
            return True
        fut = Future(get_running_loop())
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        # The first waiter runs later; another task may take the lock before (as in CPython).
        if self._waiters:
            self._waiters[0]._resolve(True)

class Semaphore(_Acquired):
    # CPython's: release() hands a unit to the first waiter at once (counted off _value), so
    # no task arriving meanwhile takes it; a waiter cancelled after that passes it on.
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0 or any(w._state != 3 for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = Future(get_running_loop())
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut._state != 3:  # woken with a unit, then cancelled
                self._value += 1
                self._wake_next()
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        for fut in self._waiters:
            if not fut._state:
                self._value -= 1
                fut._finish(1, True)
                return

class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)

class Condition(_Acquired):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = Future(get_running_loop())
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken again even when cancelled; the cancellation is raised after.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        for fut in self._waiters:
            if n <= 0:
                break
            if not fut._state:
                n -= 1
                fut._finish(1, False)

    def notify_all(self):
        self.notify(len(self._waiters))

class ThreadSafeFlag:
    # set() only stores True (safe in an interrupt handler); the loop polls the flags that
    # tasks wait for, every millisecond while it idles.
    def __init__(self):
        self._flag = False
        self._waiter = None

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self):
        return _FlagWait(self)

class _EventWait(_Wakeup):
    def _start(self):
        event = self._owner
        if event._set:
            return False
        fut = Future(get_running_loop())
        event._waiters.append(fut)
        return fut

    def _end(self, fut):
        self._owner._waiters.remove(fut)

    def _value(self):
        return True

class _FlagWait(_Wakeup):
    def _start(self):
        flag = self._owner
        if flag._flag:
            return False
        loop = self._loop = get_running_loop()
        flag._waiter = Future(loop)
        loop._flags.append(flag)
        return flag._waiter

    def _end(self, fut):
        flag = self._owner
        flag._waiter = None
        self._loop._flags.remove(flag)

    def _value(self):
        self._owner._flag = False
        return None
