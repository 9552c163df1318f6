class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def hello(self):
        return "mid>" + super().hello()
class Leaf(Mid):
    def __init__(self, tag):
        super().__init__()
        self.log.append("Leaf " + tag)
    def hello(self):
        return "leaf>" + super().hello()
x = Leaf("t")
print(x.log, x.hello(), isinstance(x, Base))
