class Query:
    def __init__(self, rows):
        self.rows = list(rows)
    def where(self, pred):
        return Query(r for r in self.rows if pred(r))
    def order_by(self, key, reverse=False):
        return Query(sorted(self.rows, key=key, reverse=reverse))
    def select(self, f):
        return [f(r) for r in self.rows]
people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 19)]
print(Query(people).where(lambda p: p[1] > 20).order_by(lambda p: p[1], reverse=True).select(lambda p: p[0]))
