d = {}
for i in range(10):
    d[i * 7 % 10] = i
print(d)
for i in range(0, 10, 2):
    del d[i]
print(d)
d[0] = "back"
print(d, list(d.keys()), d.popitem(), d)
big = {i: i * i for i in range(100)}
print(len(big), big[99], sum(big.values()))
