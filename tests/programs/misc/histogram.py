samples = [3, 7, 7, 2, 9, 7, 3, 1, 9, 9, 9, 4]
hist = {}
for s in samples:
    hist[s] = hist.get(s, 0) + 1
for k in sorted(hist):
    print(f"{k}: {'#' * hist[k]}")
mode = max(hist.items(), key=lambda kv: (kv[1], -kv[0]))[0]
mean = sum(samples) / len(samples)
median = sorted(samples)[len(samples) // 2]
print(mode, round(mean, 3), median)
