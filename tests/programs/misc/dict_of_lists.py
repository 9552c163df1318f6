graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(n, seen=None):
    seen = set() if seen is None else seen
    seen.add(n)
    out = [n]
    for m in graph[n]:
        if m not in seen:
            out += dfs(m, seen)
    return out
print(bfs("a"), dfs("a"))
