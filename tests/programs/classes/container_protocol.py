class Bag:
    def __init__(self):
        self.counts = {}
    def add(self, x, n=1):
        self.counts[x] = self.counts.get(x, 0) + n
        return self
    def __len__(self):
        return sum(self.counts.values())
    def __contains__(self, x):
        return self.counts.get(x, 0) > 0
    def __getitem__(self, x):
        return self.counts.get(x, 0)
    def __delitem__(self, x):
        del self.counts[x]
    def __iter__(self):
        for x, n in sorted(self.counts.items()):
            for _ in range(n):
                yield x
b = Bag().add("a", 2).add("b").add("c", 3)
print(len(b), "a" in b, "z" in b, b["c"], b["z"], list(b))
del b["c"]
print(len(b), list(b), sorted(set(b)))
