# __import__ with a literal name and fromlist, globals, locals and level 0: the named module
# itself when fromlist is not empty, the top package when it is (or absent).
j = __import__("json", fromlist=["dumps"])
print(j.dumps(1))
k = __import__("json", globals(), locals(), ["dumps"], 0)
print(k.loads("[2]"))
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).join("a", "b"))
t = __import__("kit.tools", fromlist=("helpers",))
print(t.helpers.label("x"), t.__name__)
print(__import__("kit.tools.helpers", None, None, []).__name__)
print(__import__("math", level=0).floor(2.5), __import__("math", fromlist=["pi"]).pi)
names = ["Part"]
print(__import__("kit.parts", fromlist=names).__name__)
names.clear()
print(__import__("kit.parts", fromlist=names).__name__)
print(__import__("kit.parts", fromlist=None).__name__)
