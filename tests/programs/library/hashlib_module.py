# hashlib: sha256, sha224, sha1, md5 of known messages, uneven updates, copy(), new(), errors.
import hashlib

for ctor in [hashlib.sha256, hashlib.sha224, hashlib.sha1, hashlib.md5]:
    h = ctor()
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    print(ctor(b"abc").hexdigest())
    print(ctor(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").hexdigest())

# A 1000-byte message fed in uneven pieces, as bytes, bytearray and memoryview.
message = bytes([(i * 7 + i // 13) & 255 for i in range(1000)])
for name in ["sha256", "sha1", "md5"]:
    whole = hashlib.new(name, message).digest()
    h = hashlib.new(name)
    pos = 0
    step = 0
    while pos < len(message):
        size = (step * 17 + 5) % 71
        piece = message[pos:pos + size]
        if step % 3 == 1:
            piece = bytearray(piece)
        elif step % 3 == 2:
            piece = memoryview(message)[pos:pos + size]
        h.update(piece)
        pos += size
        step += 1
    print(name, step, h.digest() == whole, h.hexdigest())
    print(whole)

# Lengths around the padding boundaries (55, 56, 63, 64, 65 bytes).
for n in [55, 56, 57, 63, 64, 65, 119, 120, 128]:
    data = b"x" * n
    print(n, hashlib.sha256(data).hexdigest()[:16], hashlib.sha1(data).hexdigest()[:16],
          hashlib.md5(data).hexdigest()[:16])

# copy() makes an independent hash; digest() does not end the hash.
h = hashlib.sha256(b"hello ")
c = h.copy()
c.update(b"world")
print(h.hexdigest())
print(c.hexdigest())
print(c.hexdigest() == hashlib.sha256(b"hello world").hexdigest())
h.update(b"there")
print(h.hexdigest() == hashlib.sha256(b"hello there").hexdigest())
print(h.digest() == h.digest(), len(h.digest()), type(h.digest()).__name__)
m = hashlib.md5()
m.update(b"")
m.update(b"a")
d1 = m.copy()
m.update(b"bc")
print(m.hexdigest(), d1.hexdigest(), d1.name, d1.digest_size)

# new() by name, in either case, with data.
print(hashlib.new("SHA1", b"abc").hexdigest(), hashlib.new("md5").hexdigest())
print(hashlib.new("sha224", data=b"").hexdigest())
print(hashlib.sha256(bytearray(b"\x00\xff" * 40)).hexdigest())


def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)


attempt(lambda: hashlib.sha256("abc"))
attempt(lambda: hashlib.md5().update("text"))
attempt(lambda: hashlib.sha1(""))
attempt(lambda: hashlib.sha256(12))
attempt(lambda: hashlib.md5().update(None))
attempt(lambda: hashlib.new("whirlpool"))
attempt(lambda: hashlib.new(256))
