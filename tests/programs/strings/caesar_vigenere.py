def vigenere(text, key, sign=1):
    out = []
    k = 0
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(chr((ord(c) - base + sign * shift) % 26 + base))
            k += 1
        else:
            out.append(c)
    return "".join(out)
secret = vigenere("Attack at Dawn!", "lemon")
print(secret, vigenere(secret, "lemon", -1))
