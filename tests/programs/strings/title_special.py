# str.title() and str.capitalize() with Unicode's special title cases.
words = ["ß", "straße", "ßa", "ﬁx", "ﬂow", "ǆemal", "ǉubljana", "և", "ᾳ", "ᾀ", "ᾷ", "ŉ", "ა", "ﬓ", "hello wörld"]
for w in words:
    print(w, w.title(), w.capitalize(), w.upper(), [hex(ord(c)) for c in w.title()])
print("ßen ßen".title())
