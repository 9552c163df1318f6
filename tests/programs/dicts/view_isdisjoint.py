# dict_keys/dict_items.isdisjoint(iterable).
k = {"a": 1, "b": 2}.keys()
print(k.isdisjoint(["x"]), k.isdisjoint({"a"}), k.isdisjoint(iter("zb")))
it = {"a": 1}.items()
print(it.isdisjoint([("a", 1)]), it.isdisjoint([("a", 2)]), it.isdisjoint([]))
try:
    {}.keys().isdisjoint(5)
except TypeError as e:
    print("TypeError", e)
