words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, sorted(groups[key]))
print(max(groups.values(), key=len))
