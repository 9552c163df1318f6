def evens():
    n = 0
    while True:
        yield n
        n += 2
def letters():
    yield from "abcde"
print(list(zip(evens(), letters())), dict(zip(letters(), evens())))
print(list(enumerate(x * x for x in range(4))), sorted(x % 3 for x in range(10)))
