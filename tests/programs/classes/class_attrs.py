class Config:
    debug = False
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Config(), Config()
a.add(1)
b.add(2)
a.debug = True
print(a.items, b.items, a.debug, b.debug, Config.debug, Config.items is a.items)
Config.debug = "changed"
print(b.debug, a.debug)
