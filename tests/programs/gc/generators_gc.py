import gc
def gen(n):
    data = [i for i in range(n)]
    for x in data:
        yield x * 2
total = 0
for k in range(60):
    g = gen(50)
    total += sum(g)
    if k % 10 == 0:
        gc.collect()
print(total)
alive = [gen(5) for _ in range(10)]
gc.collect()
print([next(g) for g in alive], sum(sum(g) for g in alive))
