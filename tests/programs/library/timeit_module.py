# timeit with functions: the statement runs `number` times, the setup once per timing; a
# statement given as a string needs exec (NotImplementedError in mpyc, not shown here).
import timeit

calls = []


def stmt():
    calls.append(1)


def setup():
    calls.append(0)


t = timeit.timeit(stmt, setup=setup, number=100)
print(type(t).__name__, t >= 0, calls.count(1), calls.count(0))
calls.clear()
r = timeit.repeat(stmt, repeat=3, number=10)
print(len(r), all(x >= 0 for x in r), len(calls))
timer = timeit.Timer(lambda: sum(range(100)))
print(timer.timeit(number=5) >= 0, len(timer.repeat(2, 3)))
ticks = [0]


def clock():
    ticks[0] += 1
    return ticks[0] * 0.25


seen = []
print(timeit.Timer(lambda: None, timer=clock).autorange(lambda n, t: seen.append(n)), seen)
print(timeit.timeit(number=10) >= 0, timeit.default_timer() > 0 or True)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError:", e)
