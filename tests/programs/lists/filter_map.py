nums = list(range(-5, 6))
print(list(filter(lambda x: x > 0, nums)), list(map(abs, nums)), list(map(lambda a, b: a * b, nums, nums)))
print([x for x in nums if x % 2 == 0 and x], sum(x for x in nums if x > 0))
