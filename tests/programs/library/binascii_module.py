# binascii: hexlify/unhexlify (with separators), base64 both ways with CPython's padding rules, crc32.
import binascii

data = bytes(range(0, 256, 37)) + b"\x00\xff"
print(binascii.hexlify(data), binascii.b2a_hex(bytearray(b"AZ")), binascii.hexlify(b""))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", " ", -2), binascii.hexlify(b"\x01\x02\x03", "-", 3))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05\x06\x07", "_", 3), binascii.hexlify(b"\xab\xcd", sep="|"))
print(binascii.unhexlify("0aFf10"), binascii.unhexlify(b"deadBEEF"), binascii.a2b_hex(bytearray(b"7a")))
print(binascii.unhexlify(binascii.hexlify(data)) == data, binascii.unhexlify(""))

for n in range(7):
    chunk = b"foobar"[:n]
    enc = binascii.b2a_base64(chunk)
    print(n, enc, binascii.b2a_base64(chunk, newline=False), binascii.a2b_base64(enc))
print(binascii.b2a_base64(data), binascii.a2b_base64(binascii.b2a_base64(data)) == data)
print(binascii.b2a_base64(bytes(range(252, 256)) + b"\xfb\xef\xbe"))
print(binascii.a2b_base64("+/+/"), binascii.a2b_base64(b"Zm9v\nYmFy\n"), binascii.a2b_base64(""))
print(binascii.a2b_base64("Zm 9v!Y@g=="), binascii.a2b_base64("Zg==x"), binascii.a2b_base64("Zm9=v"))
print(binascii.a2b_base64("Zm=9v"), binascii.a2b_base64("Z=m9v"), binascii.a2b_base64("Zm9vYg=\n="))
print(binascii.a2b_base64("Zm9vYg=x="), binascii.a2b_base64("===="), binascii.a2b_base64(b"Zm\xff9v"))
print(binascii.a2b_base64("YWJj=Zm9v"), binascii.a2b_base64("YWJ=jZA=="))

print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
print(binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world", 1))
print(binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(b"abc", -1), binascii.crc32(bytearray(data)))
print(binascii.crc32(bytes(1000)), binascii.crc32(bytes(range(256)) * 4))


def attempt(f):
    try:
        print(f())
    except binascii.Error as e:
        print("Error", e)
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)


attempt(lambda: binascii.unhexlify("abc"))
attempt(lambda: binascii.unhexlify("zz"))
attempt(lambda: binascii.unhexlify(b"0g"))
attempt(lambda: binascii.unhexlify("a b "))
attempt(lambda: binascii.unhexlify("\u00e90"))
attempt(lambda: binascii.unhexlify(5))
attempt(lambda: binascii.hexlify("ab"))
attempt(lambda: binascii.hexlify(b"ab", "--"))
attempt(lambda: binascii.hexlify(b"ab", ""))
attempt(lambda: binascii.a2b_base64("Zm9vYg="))
attempt(lambda: binascii.a2b_base64("Zm9vYg"))
attempt(lambda: binascii.a2b_base64("Zm9vY"))
attempt(lambda: binascii.a2b_base64("Y!W!J!j!Z"))
attempt(lambda: binascii.a2b_base64("Z==="))
attempt(lambda: binascii.a2b_base64("Zg=a"))
attempt(lambda: binascii.a2b_base64("Zm=9vYg="))
attempt(lambda: binascii.a2b_base64("\u00e9"))
attempt(lambda: binascii.b2a_base64("ab"))
attempt(lambda: binascii.crc32("ab"))
print(issubclass(binascii.Error, ValueError), isinstance(binascii.Error("x"), ValueError))
try:
    binascii.unhexlify("1")
except ValueError as e:
    print("caught as ValueError:", e)
