print(list(reversed([1, 2, 3])), "".join(reversed("stressed")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]) == sorted((2, 3, 1)), sorted("dcba") == list("abcd"), sorted({3: 0, 1: 0}))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __reversed__(self):
        return iter(range(1, self.n + 1))
    def __iter__(self):
        return iter(range(self.n, 0, -1))
print(list(Countdown(3)), list(reversed(Countdown(3))))
