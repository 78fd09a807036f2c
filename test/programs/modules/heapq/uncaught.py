# An error inside heapq (written in C in CPython) shows no library frame in the traceback.
import heapq

queue = [(2, 'b'), (1, 'a')]
heapq.heapify(queue)
print(heapq.heappop(queue), heapq.heappop(queue))
heapq.heappop(queue)
