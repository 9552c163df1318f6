items = [3, 1, 3, 2, 1, 5, 3]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, len(set(items)), sorted(set("hello world") - {" "}))
s = {1, 2, 3}
print(s.pop() in {1, 2, 3}, len(s))
s.clear()
print(s, set() == set(), {1} != {2})
