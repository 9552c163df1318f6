def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack
print([balanced(s) for s in ["()", "([]{})", "(]", "((", "", "{[()()]}"]])
queue = []
for i in range(5):
    queue.append(i)
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if x % 2 == 0 and x < 4:
        queue.append(x + 10)
print(order)
