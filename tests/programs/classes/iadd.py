class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc()
b = a
a += 1
a += 2
print(a.items, a is b)
l = [1]
t = (1,)
l2, t2 = l, t
l += [2]
t += (2,)
print(l, l2, t, t2)
