# Int keys whose hashes share their low bits (i << 12), negative keys, deletions: the dict's probe takes the hash's high bits in.
d = {}
for i in range(1, 20000):
    d[i << 12] = i
print(len(d), d[5 << 12], sum(d[k] for k in d) == sum(range(1, 20000)))
s = {}
for i in range(-500, 500):
    s[i * 1024] = i
    s[str(i)] = i
for i in range(-500, 500, 3):
    del s[i * 1024]
print(len(s), s[1024 * 2], s["7"], list(s)[:5])
