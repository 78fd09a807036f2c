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


def _check(heap, name, one_arg):
    # Argument Clinic's message for a parameter declared as a list
    if not isinstance(heap, list):
        raise TypeError('%s() argument %smust be list, not %s'
                        % (name, '' if one_arg else '1 ', type(heap).__name__))


def heappush(heap, item, /):
    _check(heap, 'heappush', False)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check(heap, 'heappop', True)
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
    _check(heap, 'heapreplace', False)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    _check(heap, 'heappushpop', False)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    _check(heap, 'heapify', True)
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


# The max-heap mirrors of the two routines (for merge(reverse=True) and nsmallest): the same
# moves with the comparisons' operands swapped. They stay separate functions, as in CPython,
# because a comparison parameter would slow the hot min-heap path.

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
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


# ---- merge, nlargest, nsmallest ----

def merge(*iterables, key=None, reverse=False):
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
