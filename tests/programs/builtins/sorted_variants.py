data = {"b": 3, "a": 3, "c": 1}
print(sorted(data), sorted(data, key=data.get), sorted(data.items(), key=lambda kv: (kv[1], kv[0])))
print(sorted([3, 1, 2], reverse=True), sorted("hello", reverse=True), sorted([], reverse=True), sorted((2, 1)))
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted([0.5, -1, 2], key=abs))
