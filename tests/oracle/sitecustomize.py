# What CPython lacks of MicroPython's asyncio, for the tests' oracle (PYTHONPATH=tests/oracle
# when CPython writes a test's expected output): ThreadSafeFlag, sleep_ms. Models of the
# documented behaviour, not mpyc's code.
import asyncio


class ThreadSafeFlag:
    # set() wakes the waiter (or the next one to wait); wait() clears the flag as it returns.
    def __init__(self):
        self._event = asyncio.Event()

    def set(self):
        self._event.set()

    def clear(self):
        self._event.clear()

    async def wait(self):
        await self._event.wait()
        self._event.clear()


asyncio.ThreadSafeFlag = ThreadSafeFlag
asyncio.sleep_ms = lambda ms, result=None: asyncio.sleep(ms / 1000, result)
