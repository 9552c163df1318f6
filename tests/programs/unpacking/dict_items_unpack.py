config = {"host": "pyboard", "port": 8080, "debug": True}
for key, value in sorted(config.items()):
    print(f"{key}={value}")
keys, values = zip(*sorted(config.items()))
print(keys, values)
head, *tail = sorted(config)
print(head, tail)
print(*[1, 2, 3], sep=", ")
print(*"abc", *range(2))
