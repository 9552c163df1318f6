results = []
for item in [4, 0, "x", 2, None, -1]:
    try:
        results.append(12 // item)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append(type(e).__name__)
        continue
    finally:
        results.append("|")
print(results)
