class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, other):
        return NotImplemented
    def __mul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        return "Matrix(%r)" % self.rows
    @staticmethod
    def identity(n):
        return Matrix([[int(i == j) for j in range(n)] for i in range(n)])
m = Matrix([[1, 2], [3, 4]])
print(m * m, m * Matrix.identity(2) == m, Matrix.identity(3))
