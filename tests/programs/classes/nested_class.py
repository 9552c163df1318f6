class Outer:
    class Inner:
        def hello(self):
            return "inner hello"
    def make(self):
        return self.Inner()
print(Outer().make().hello(), Outer.Inner().hello())
def factory(n):
    class Local:
        value = n
        def get(self):
            return self.value * 2
    return Local
print(factory(3)().get(), factory(5).value)
