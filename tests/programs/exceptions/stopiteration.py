it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
def g():
    yield 1
    return 7
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print("returned", e.value)
next(iter([]))
