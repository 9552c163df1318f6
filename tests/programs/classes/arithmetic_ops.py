class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __sub__(self, o):
        return Money(self.cents - o.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __truediv__(self, k):
        return Money(self.cents // k)
    def __floordiv__(self, k):
        return Money(self.cents // k)
    def __mod__(self, k):
        return Money(self.cents % k)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
a = Money(1050)
print(a + Money(25), a - Money(50), a * 3, a / 4, a // 3, a % 7, -a, abs(-a), sum([Money(1), Money(2)], Money(0)), 5 + a)
a += Money(1)
print(a)
