s = "héllo wörld ☃"
print(s, len(s), s[1], s[-1], s[::-1], s.find("ö"), s.split(" "))
print([ord(c) for c in "aé☃"], chr(9731), "\u00e9" == "é", "snow: \N{SNOWMAN}" if False else "snow", repr("é\n"))
print("ünïcödé".encode(), len("☃".encode()), b"\xe2\x98\x83".decode())
