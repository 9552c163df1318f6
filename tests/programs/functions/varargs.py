def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b, *rest, c=10, **kw):
    return a, b, rest, c, kw
print(g(1, 2), g(1, 2, 3, 4, c=5, d=6), g(*(1, 2, 3), **{"c": 0, "z": 1}))
def h(x, /, y):
    return x + y
print(h(1, 2), h(1, y=3))
args = [3, 4]
kw = {"y": 5}
print(h(*args[:1], **kw))
