# StringIO and BytesIO reached by a name made at run time: iterating over them and reading
# their lines (the runtime's line iteration is behind the gate of their types, which
# `import io` links, not of their names).
import io

f = getattr(io, "Strin" + "gIO")("a\nb\n")
for line in f:
    print(repr(line))
b = getattr(io, "Bytes" + "IO")(b"x\ny")
print(b.readlines())
for name in ("Bytes", "String"):
    s = getattr(io, name + "IO")()
    print(name, list(s))
