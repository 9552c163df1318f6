import gc
parts = []
for i in range(400):
    s = "item-%d" % i
    parts.append(s.upper() if i % 2 else s)
    if len(parts) > 50:
        parts = parts[-10:]
gc.collect()
print(len(parts), parts[-1], "".join(parts)[:30])
text = " ".join(str(i) for i in range(300))
print(len(text), text.split()[-1], text.count("9"))
