scores = {}
games = [("ann", "bob", 3, 1), ("bob", "cy", 2, 2), ("cy", "ann", 0, 4), ("bob", "ann", 1, 0)]
for a, b, sa, sb in games:
    for p in (a, b):
        scores.setdefault(p, {"w": 0, "d": 0, "l": 0, "pts": 0})
    if sa > sb:
        scores[a]["w"] += 1
        scores[b]["l"] += 1
        scores[a]["pts"] += 3
    elif sa < sb:
        scores[b]["w"] += 1
        scores[a]["l"] += 1
        scores[b]["pts"] += 3
    else:
        for p in (a, b):
            scores[p]["d"] += 1
            scores[p]["pts"] += 1
table = sorted(scores.items(), key=lambda kv: (-kv[1]["pts"], kv[0]))
for rank, (name, s) in enumerate(table, 1):
    print(f"{rank}. {name:<4} {s['w']}-{s['d']}-{s['l']} {s['pts']:>2}")
