def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
data = [(i * 7919) % 101 for i in range(40)]
print(quicksort(data) == sorted(data), quicksort(data)[:10])
