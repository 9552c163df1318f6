import gc
d = {}
for i in range(2000):
    d[i % 97] = [i] * (i % 5)
    if i % 3 == 0:
        d.pop((i * 7) % 97, None)
gc.collect()
print(len(d), sum(len(v) for v in d.values()), sorted(d)[:5])
big = {str(i): i for i in range(1000)}
for k in list(big):
    if int(k) % 2:
        del big[k]
gc.collect()
print(len(big), big["998"], "999" in big)
