import gc
total = 0
for i in range(3000):
    s = str(i) * 3
    l = [i, s, (i, s)]
    d = {"k": l}
    total += len(d["k"][1])
print(total)
gc.collect()
keep = [[j] * 10 for j in range(200)]
for i in range(2000):
    junk = [i] * 50
print(sum(len(k) for k in keep), keep[199][0])
