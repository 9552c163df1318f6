class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
class MyDate(Date):
    pass
d = MyDate.parse("2024-2-9")
print(d, type(d).__name__, Date.is_leap(2024), d.is_leap(1900), [y for y in range(1896, 1920, 4) if Date.is_leap(y)])
