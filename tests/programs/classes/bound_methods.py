class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n
c = Counter()
f = c.inc
print(f(), f(5), c.n, Counter.inc(c), f.__self__ is c)
actions = [c.inc, c.inc]
print([a() for a in actions])
append = [].append
append(1)
print(append.__self__)
