# heapq: a binary min-heap kept in a list (heap[k] <= heap[2k+1] and heap[2k+2]), as CPython's.


def _up(heap, start, pos):
    # Moves heap[pos] up towards `start` until its parent is not greater.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _down(heap, pos):
    # Moves the item at pos down to a leaf along the smaller children, then up again (the
    # order of comparisons CPython uses: fewer of them on average).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up(heap, start, pos)


def _list(heap, fn, which=" 1"):
    # (As CPython's: only a list is a heap.)
    if not isinstance(heap, list):
        what = "None" if heap is None else type(heap).__name__
        raise TypeError("%s() argument%s must be list, not %s" % (fn, which, what))


def heappush(heap, item):
    _list(heap, "heappush")
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    _list(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    _list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _down(heap, 0)
    return top


def heappushpop(heap, item):
    _list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    _list(x, "heapify", "")
    for i in range(len(x) // 2 - 1, -1, -1):
        _down(x, i)


def nsmallest(n, iterable, key=None):
    if key is None:
        return sorted(iterable)[:n]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if key is None:
        return sorted(iterable, reverse=True)[:n]
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    out = []
    for it in iterables:
        out.extend(it)
    if key is None:
        out.sort(reverse=reverse)
    else:
        out.sort(key=key, reverse=reverse)
    return iter(out)
