# A module's __annotations__: made when its own code annotates a name, each stored after the
# value, in blocks too but not in functions or classes.
x: int = 3
y: list
if x > 1:
    z: "str" = "a"
for i in range(2):
    w: float = 1.5
def f():
    local: int = 1
    return local
class C:
    a: bytes
print(__annotations__)
print(f(), C.__annotations__)
print("y" in globals(), "z" in globals())
