class Ring:
    def __init__(self, n):
        self.buf = [None] * n
        self.n = n
        self.start = self.count = 0
    def push(self, x):
        i = (self.start + self.count) % self.n
        self.buf[i] = x
        if self.count < self.n:
            self.count += 1
        else:
            self.start = (self.start + 1) % self.n
    def __iter__(self):
        for k in range(self.count):
            yield self.buf[(self.start + k) % self.n]
    def average(self):
        return sum(self) / self.count if self.count else None
r = Ring(4)
print(r.average())
for v in [10, 20, 30, 40, 50, 60]:
    r.push(v)
    print(list(r), r.average())
