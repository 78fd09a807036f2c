# Messages of exceptions raised by the VM itself, caught and printed.
nothing = None
tests = [
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: [1, 2][7],
    lambda: (1,)[-3],
    lambda: {'a': 1}['b'],
    lambda: int('12x'),
    lambda: 'ab' * 'c',
    lambda: len(5),
    lambda: nothing(),
    lambda: [].pop(),
    lambda: [1].index(9),
    lambda: 'abc'.index('z'),
    lambda: float('nope'),
    lambda: {}.popitem(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
