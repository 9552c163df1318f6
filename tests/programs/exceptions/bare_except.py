def risky(n):
    return [1, 2][n]
results = []
for n in [0, 5, "x"]:
    try:
        results.append(risky(n))
    except:
        results.append("failed")
print(results)
try:
    try:
        raise ValueError
    except:
        raise
except ValueError:
    print("reraised ValueError")
