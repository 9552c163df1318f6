# yield from: an iterator's own send() gets what is sent, its StopIteration's value is the
# result; yield from a generator that has already finished gives None.
class Incrementer:
    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, val):
        if val is None:
            return 'Incrementer initialized'
        if val > 100:
            raise StopIteration(val * 2)
        return val + 1


def gen3():
    r = yield from Incrementer()
    print('result', r)
    yield 'after'


g = gen3()
print(next(g))
print(g.send(5))
print(g.send(100))
print(g.send(500))


def gen():
    return 1
    yield


f = gen()


def run():
    print((yield from f))
    print((yield from f))
    print((yield from f))


try:
    next(run())
except StopIteration:
    print('StopIteration')


def run2():
    print((yield from zip()))


try:
    next(run2())
except StopIteration:
    print('StopIteration')
