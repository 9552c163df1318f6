readings = "21.5,21.7,22.0,error,22.4,,23.1,22.9,bad,21.0"
values = []
errors = 0
for field in readings.split(","):
    try:
        values.append(float(field))
    except ValueError:
        errors += 1
print(len(values), errors, f"{min(values):.1f}..{max(values):.1f}", f"{sum(values) / len(values):.2f}")
smoothed = [round(sum(values[i:i + 3]) / 3, 2) for i in range(len(values) - 2)]
print(smoothed)
