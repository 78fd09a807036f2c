"""Heap queue algorithm, a.k.a. priority queue (pyrite's heapq module).

A heap is a list with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k, so
heap[0] is the smallest item. Items are compared with `<` only. The sift routines move an
item down to a leaf along the smaller children and then back up to its place (the same
result, item for item, as CPython's C module, so heaps print the same). nlargest() and
nsmallest() return what sorted(iterable, key=key, reverse=...)[:n] returns, ties included;
merge() is a generator that takes, among equal items, those of the earlier iterable first.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError('heap argument must be a list')


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item.

    The returned value may be larger than item."""
    _check(heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap, in one
    step (faster than heappush() followed by heappop())."""
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap)
    for i in reversed(range(len(heap) // 2)):
        _siftup(heap, i)


# ---- the sift routines ----

def _siftdown(heap, startpos, pos):
    # heap[pos] climbs towards startpos while it is smaller than its parent
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup(heap, pos):
    # the hole at pos descends along the smaller children to a leaf, then the item that was
    # there climbs back to its place
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
        else:
            break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def _heapify_max(x):
    """Transform list into a maxheap, in-place, in O(len(x)) time."""
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


# ---- merge, nlargest, nsmallest ----

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator, does not pull
    the data into memory all at once, and assumes that each of the input streams is already
    sorted (smallest to largest, or largest to smallest with reverse=True)."""
    # entries [sort key, tie-break, value, iterator]: the tie-break puts earlier iterables
    # first among equal keys (it counts down in the max-heap used for reverse=True)
    if reverse:
        heapify_, pop_, replace_, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        heapify_, pop_, replace_, sign = heapify, heappop, heapreplace, 1
    h = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            h.append([value if key is None else key(value), order * sign, value, it])
            break
    heapify_(h)
    while len(h) > 1:
        while True:
            entry = h[0]
            yield entry[2]
            try:
                value = next(entry[3])
            except StopIteration:
                pop_(h)
                break
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace_(h, entry)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    # a max-heap of the n smallest seen so far, as (key, index, item): at equal keys the
    # later item is larger, so it leaves first and earlier items are kept
    it = iter(iterable)
    heap = []
    index = 0
    for elem in it:
        heap.append((key(elem), index, elem) if key is not None else (elem, index))
        index += 1
        if index == n:
            break
    if not heap:
        return []
    _heapify_max(heap)
    top = heap[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if k < top:
            _heapreplace_max(heap, (k, index, elem) if key is not None else (k, index))
            top = heap[0][0]
        index += 1
    heap.sort()
    return [entry[-1] if key is not None else entry[0] for entry in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    # a min-heap of the n largest seen so far, as (key, -index, item): at equal keys the
    # later item is smaller, so it leaves first and earlier items are kept
    it = iter(iterable)
    heap = []
    index = 0
    for elem in it:
        heap.append((key(elem), -index, elem) if key is not None else (elem, -index))
        index += 1
        if index == n:
            break
    if not heap:
        return []
    heapify(heap)
    top = heap[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if top < k:
            heapreplace(heap, (k, -index, elem) if key is not None else (k, -index))
            top = heap[0][0]
        index += 1
    heap.sort(reverse=True)
    return [entry[-1] if key is not None else entry[0] for entry in heap]
