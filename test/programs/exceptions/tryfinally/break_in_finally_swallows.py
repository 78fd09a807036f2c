# break in finally discards the exception in flight.
for i in range(3):
    try:
        raise RuntimeError('x')
    finally:
        print('finally', i)
        break
print('after loop')


def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'end'


print(f())
