orders = [
    {"id": 1, "items": [{"sku": "a", "qty": 2, "price": 1.5}, {"sku": "b", "qty": 1, "price": 10.0}]},
    {"id": 2, "items": [{"sku": "a", "qty": 5, "price": 1.5}]},
    {"id": 3, "items": []},
]
totals = {o["id"]: sum(i["qty"] * i["price"] for i in o["items"]) for o in orders}
print(totals)
by_sku = {}
for o in orders:
    for it in o["items"]:
        by_sku[it["sku"]] = by_sku.get(it["sku"], 0) + it["qty"]
print(by_sku, max(totals, key=totals.get), [o["id"] for o in orders if not o["items"]])
