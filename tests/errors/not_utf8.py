# error: 3:12: byte 0xe9 is not UTF-8 text
# Latin-1 text in a file that declares no encoding.
name = "José"
print(name)
