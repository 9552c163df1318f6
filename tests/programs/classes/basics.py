class Point:
    count = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, (p + q).norm2(), p == Point(1, 2), p != q, Point.count)
print(str(p), [p, q], p.x, getattr(q, "y"), hasattr(p, "z"))
p.z = 5
print(p.z, isinstance(p, Point), type(p).__name__)
