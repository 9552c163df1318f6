class Widget:
    created = 0
    registry = []
    def __init__(self, name):
        Widget.created += 1
        self.id = Widget.created
        self.name = name
        Widget.registry.append(self)
    @classmethod
    def count(cls):
        return cls.created
for n in "abc":
    Widget(n)
print(Widget.count(), [(w.id, w.name) for w in Widget.registry])
