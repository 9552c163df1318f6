# error: 3:8: invalid character '😀' (U+1F600)
# An emoji outside a string: the parser takes it for a name.
print(1😀)
