class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def cells(self, value):
        return {p: value for p in self}
r = Range2D(3, 2)
print(list(r), len(r.cells(0)), sum(x + y for x, y in r))
