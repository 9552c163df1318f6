def connect(host, port=80, *, timeout=5, retries=3, **extra):
    return f"{host}:{port} t={timeout} r={retries} {sorted(extra.items())}"
print(connect("a"))
print(connect("b", 8080, timeout=1))
print(connect("c", retries=0, secure=True, debug=False))
opts = {"timeout": 9, "tag": "x"}
print(connect("d", **opts))
try:
    connect("e", 1, 2)
except TypeError as e:
    print(e)
