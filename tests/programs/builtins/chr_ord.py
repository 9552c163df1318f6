s = "Hello"
codes = [ord(c) for c in s]
print(codes, "".join(chr(c + 1) for c in codes), chr(ord("a") + 25))
caesar = lambda t, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in t)
print(caesar("attack at dawn", 3), caesar(caesar("round trip", 7), -7))
