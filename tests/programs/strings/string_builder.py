rows = []
for i in range(1, 6):
    rows.append(" ".join(f"{i * j:3d}" for j in range(1, 6)))
print("\n".join(rows))
banner = "=" * 20
print(f"{banner}\n{'TABLE':^20}\n{banner}")
print("|".join(s.center(5) for s in ["a", "bb", "ccc"]))
