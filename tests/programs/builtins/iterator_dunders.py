# The built-in iterators and generators have __iter__ and __next__.
it = iter(range(4))
print(it.__next__(), next(it), it.__iter__() is it)
for make in (lambda: iter([1, 2]), lambda: enumerate('ab'), lambda: zip('ab', 'cd'), lambda: map(abs, [-1]),
             lambda: filter(None, [0, 3]), lambda: reversed([1, 2]), lambda: iter('xy'), lambda: iter({1: 2})):
    i = make()
    print(i.__next__(), hasattr(i, '__next__'), iter(i) is i)


def gen():
    yield 1
    return 5


g = gen()
print(g.__next__(), g.__iter__() is g)
try:
    g.__next__()
except StopIteration as e:
    print('StopIteration', e.value)
try:
    iter([]).__next__()
except StopIteration as e:
    print('StopIteration', e.args)
