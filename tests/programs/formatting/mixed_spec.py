data = [("pi", 3.14159), ("e", 2.71828), ("big", 123456.789), ("neg", -0.5)]
for name, v in data:
    print(f"[{name:^5}] [{v:>12.4f}] [{v:<+10.2e}] [{v:=+12.3f}] [{v:012.3f}]")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
print(f"{42:#06x} {42:#o} {-42:#b} {3:03} {True:d} {True}")
