class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key("Hello"): 1}
print(d[Key("HELLO")], Key("a") in {Key("A")}, len({Key("x"), Key("X"), Key("y")}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
