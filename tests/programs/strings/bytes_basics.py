b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], list(b), b + b" world", b == b"hello", b"ell" in b, 104 in b)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, len(ba), bytes(ba), ba.decode(), bytes([72, 105]), bytes(3), bytearray(2))
print(b"x\x00\xff", repr(b"'"), "héllo".encode(), b"caf\xc3\xa9".decode())
