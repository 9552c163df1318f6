# A for loop over a generator it made closes it when left early (break, return, an exception):
# the generator's finally blocks and with-exits run then, as in CPython.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
        return False


def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("numbers finally", n)


def lines(name):
    with Resource(name):
        yield "first"
        yield "second"
        yield "third"


def stubborn():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("stubborn ignores GeneratorExit")
        yield 3


for x in numbers(5):
    if x == 2:
        break
print("after break")

for x in numbers(2):
    pass
else:
    print("else after exhaustion")


def find(target):
    for line in lines("log.txt"):
        if line == target:
            return line
    return None


print(find("second"))

try:
    for x in numbers(3):
        raise ValueError(x)
except ValueError as e:
    print("caught", e)

for x in stubborn():
    break
print("after stubborn")


def nested():
    for a in numbers(3):
        for b in numbers(4):
            if b == 1:
                break
        if a == 1:
            return a


print(nested())


def shadowing(numbers):
    for x in numbers(3):
        break
    print("shadowed: not closed")


shadowing(lambda n: iter(range(n)))
kept = numbers(9)
for x in kept:
    break
print("kept is still open:", next(kept))
kept.close()
print([k for k in globals() if not k.startswith("__")])  # in the order first bound
