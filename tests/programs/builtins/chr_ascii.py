# chr() of ASCII code points (the shared one-character strs) and beyond.
print(chr(0), chr(65), chr(127), chr(128), chr(0x10ffff) == "\U0010ffff", [chr(i) for i in (97, 98)])
