arrivals = [0, 1, 1, 3, 4, 4, 4, 9, 10, 12]
service = 2
queue = []
clock = 0
busy_until = 0
served = []
i = 0
while i < len(arrivals) or queue:
    while i < len(arrivals) and arrivals[i] <= clock:
        queue.append((i, arrivals[i]))
        i += 1
    if queue and clock >= busy_until:
        cid, t = queue.pop(0)
        served.append((cid, clock - t))
        busy_until = clock + service
    clock += 1
print(served)
print("max wait", max(w for _, w in served), "avg", sum(w for _, w in served) / len(served))
