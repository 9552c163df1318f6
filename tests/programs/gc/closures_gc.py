import gc
def make(n):
    data = list(range(n))
    return lambda: sum(data)
fs = [make(i) for i in range(100)]
gc.collect()
print(sum(f() for f in fs))
for i in range(500):
    fs[i % 100] = make(i % 7)
gc.collect()
print(sum(f() for f in fs))
