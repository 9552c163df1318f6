# list.index and tuple.index take start and stop as ints or objects with __index__ (not None, floats
# or strs).
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


xs = [1, 2, 1, 3, 1]
t = tuple(xs)
print(xs.index(1, I(1)), xs.index(1, I(-2)), xs.index(1, I(1), I(3)), t.index(1, I(3)), t.index(3, 0, I(4)))
print(xs.index(1, True), xs.index(1, 1, I(2**70)), xs.index(1, I(-2**70)))
for args in [(1, I(5)), (3, I(0), I(3)), (1, None), (1, 1.0), (1, "1"), (1, 0, None)]:
    for seq in [xs, t]:
        try:
            print(seq.index(*args))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
