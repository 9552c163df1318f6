def check_range(v, lo, hi):
    assert lo <= v <= hi, f"{v} not in [{lo}, {hi}]"
    return v
print(check_range(5, 0, 10))
try:
    check_range(50, 0, 10)
except AssertionError as e:
    print("AssertionError:", e)
check_range(-1, 0, 10)
