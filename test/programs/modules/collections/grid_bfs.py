# Breadth-first search on a grid with collections.deque: shortest path lengths, the path
# itself rebuilt from predecessors, unreachable cells, and a multi-source flood fill.
from collections import deque

GRID = """\
S....#....
.##..#.##.
.#...#..#.
.#.###..#.
...#...#..
##.#.#.#.#
...#.#....
.#...#.##E
.#####....""".splitlines()

ROWS, COLS = len(GRID), len(GRID[0])


def find(ch):
    for r, row in enumerate(GRID):
        c = row.find(ch)
        if c >= 0:
            return r, c


def neighbours(r, c):
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < ROWS and 0 <= nc < COLS and GRID[nr][nc] != '#':
            yield nr, nc


def bfs(start):
    dist = {start: 0}
    prev = {}
    queue = deque([start])
    visits = 0
    while queue:
        cell = queue.popleft()
        visits += 1
        for nxt in neighbours(*cell):
            if nxt not in dist:
                dist[nxt] = dist[cell] + 1
                prev[nxt] = cell
                queue.append(nxt)
    return dist, prev, visits


start, end = find('S'), find('E')
dist, prev, visits = bfs(start)
print('start', start, 'end', end, 'visited', visits, 'shortest', dist[end])

path = deque()
cell = end
while cell != start:
    path.appendleft(cell)
    cell = prev[cell]
path.appendleft(start)
print(len(path) - 1, list(path)[:4], path[-1])

canvas = [list(row) for row in GRID]
for r, c in list(path)[1:-1]:
    canvas[r][c] = '*'
for row in canvas:
    print(''.join(row))

open_cells = {(r, c) for r in range(ROWS) for c in range(COLS) if GRID[r][c] != '#'}
print('unreachable:', sorted(open_cells - set(dist)))

# multi-source flood fill: distance from the nearest corner
sources = [(0, 0), (ROWS - 1, COLS - 1)]
layer = {s: 0 for s in sources if GRID[s[0]][s[1]] != '#'}
frontier = deque(layer)
while frontier:
    r, c = frontier.popleft()
    for nxt in neighbours(r, c):
        if nxt not in layer:
            layer[nxt] = layer[(r, c)] + 1
            frontier.append(nxt)
for r in range(ROWS):
    print(''.join('#' if GRID[r][c] == '#' else str(layer.get((r, c), '?') % 10) for c in range(COLS)))

recent = deque(maxlen=3)
for step in path:
    recent.append(step)
print('last three steps:', recent)
