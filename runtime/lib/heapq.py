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


def _up_max(heap, start, pos):
    # _up and _down of a max-heap, for merge(reverse=True): CPython's _siftdown_max and
    # _siftup_max, the comparisons mirrored. (Functions of their own: a heap that never
    # merges in reverse has none of their code.)
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if p < item:
            heap[pos] = p
            pos = parent
            continue
        break
    heap[pos] = item


def _down_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _up_max(heap, start, pos)


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
    # (What CPython's heap of n gives: the first n of a stable sort.)
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


def merge(*iterables, key=None, reverse=False):
    # CPython's k-way merge, lazily: a heap of [key, order, value, iterator] for the inputs
    # not yet exhausted (order, unique, decides ties and keeps the rest from being compared),
    # with the same heap operations, so that even unsorted inputs come out as CPython's.
    d = -1 if reverse else 1
    down = _down_max if reverse else _down
    h = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for v in it:
            h.append([v if key is None else key(v), order * d, v, it])
            break
    for i in range(len(h) // 2 - 1, -1, -1):
        down(h, i)
    while len(h) > 1:
        s = h[0]
        yield s[2]
        for v in s[3]:
            s[0] = v if key is None else key(v)
            s[2] = v
            down(h, 0)
            break
        else:
            # (heappop's: the last entry takes the exhausted one's place.)
            h[0] = h.pop()
            down(h, 0)
    if h:
        yield h[0][2]
        yield from h[0][3]
