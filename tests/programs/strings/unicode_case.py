# Case and character classes beyond ASCII, as CPython: full case mappings (ß → SS), the
# final sigma, title-case digraphs and ligatures, letters and numbers of every script;
# bytes keep ASCII's case whatever their bytes.
words = ["ünï", "Straße", "ΑΣ ΟΔΟΣ", "hello WORLD", "ǆemal", "İstanbul", "ﬁne", "Ⅳ", "٣4", "x²", "½", "snake_case1", "1abc", "", " \t", "Dž", "ÀÉÎ õü", "\x07bell"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.swapcase()), repr(w.title()), repr(w.capitalize()), repr(w.casefold()))
    print(" ", w.isalpha(), w.isalnum(), w.isupper(), w.islower(), w.istitle(), w.isspace(), w.isidentifier(), w.isprintable(), w.isascii(), w.isnumeric())
print("é".upper(), b"\xe9a".upper(), b"\xc9A".lower(), b"\xe9a".title(), b"\xe9".isalpha(), bytearray(b"\xe9a").swapcase())
