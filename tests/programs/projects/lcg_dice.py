class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (1103515245 * self.state + 12345) % 2 ** 31
        return self.state
    def randint(self, a, b):
        return a + self.next() % (b - a + 1)
rng = LCG(42)
rolls = [rng.randint(1, 6) for _ in range(600)]
hist = {face: rolls.count(face) for face in range(1, 7)}
print(rolls[:10], hist, sum(hist.values()))
for face, n in hist.items():
    print(face, "#" * (n // 10))
