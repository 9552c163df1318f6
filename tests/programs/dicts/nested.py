db = {"users": {"ann": {"age": 31, "tags": ["admin"]}, "bob": {"age": 25, "tags": []}}}
db["users"]["bob"]["tags"].append("new")
db["users"]["cy"] = {"age": 40, "tags": ["x", "y"]}
for name, info in sorted(db["users"].items()):
    print(name, info["age"], ",".join(info["tags"]) or "-")
print(sum(u["age"] for u in db["users"].values()), len(db["users"]))
