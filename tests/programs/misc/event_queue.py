events = []
def schedule(t, name):
    events.append((t, name))
    events.sort()
for t, n in [(5, "blink"), (1, "boot"), (3, "read"), (3, "log"), (9, "sleep")]:
    schedule(t, n)
now = 0
while events:
    t, name = events.pop(0)
    now = t
    print(f"t={t} {name}")
    if name == "read" and now < 8:
        schedule(now + 4, "read")
print("done at", now)
