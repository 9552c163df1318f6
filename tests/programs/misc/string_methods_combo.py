csv = "name, age ,city\n ann,31, Paris\nbob , 25,Berlin \n"
rows = [[f.strip() for f in line.split(",")] for line in csv.strip().splitlines()]
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records)
print([r["name"].capitalize() for r in records], sum(int(r["age"]) for r in records))
print(";".join(f"{r['city'].upper():>8}" for r in records))
