class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temp(100)
print(t.celsius, t.fahrenheit, Temp.unit(), t.unit(), Temp.freezing().celsius)
t.celsius = 20
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
t.fahrenheit = 1
