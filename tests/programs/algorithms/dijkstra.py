graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def shortest(graph, start):
    dist = {n: float("inf") for n in graph}
    prev = {}
    dist[start] = 0
    todo = set(graph)
    while todo:
        u = min(todo, key=lambda n: dist[n])
        todo.remove(u)
        for v, w in graph[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
dist, prev = shortest(graph, "A")
print(dist)
path, n = [], "F"
while n != "A":
    path.append(n)
    n = prev[n]
print(" -> ".join(["A"] + path[::-1]))
