# The with statement: __enter__'s result bound by `as`, __exit__ called with (None, None, None)
# on success and with the exception on failure, suppression by returning True, several items in
# one with (exit in reverse order), and exits on return/break/continue.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('exit', self.name, 'cleanly', exc, tb)
        else:
            print('exit', self.name, 'with', exc_type.__name__, repr(exc), tb is not None)
        return self.suppress


with Resource('a') as value:
    print('body got', value)

with Resource('b'):
    print('body without as')

try:
    with Resource('c') as v:
        print('about to fail')
        raise ValueError('boom')
    print('not reached')
except ValueError as e:
    print('propagated:', e)

with Resource('d', suppress=True):
    raise KeyError('swallowed')
print('after suppressed block')

# Several items: entered left to right, exited right to left.
with Resource('x') as x, Resource('y') as y, Resource('z', suppress=True) as z:
    print('inside', x, y, z)
    1 / 0
print('after multi with')

# The innermost manager suppresses, outer ones see a clean exit.
with Resource('outer') as o:
    with Resource('inner', suppress=True):
        raise RuntimeError('inner problem')
    print('between')


# return / break / continue inside with still call __exit__.
def early():
    with Resource('ret'):
        return 'returned value'


print(early())
for i in range(3):
    with Resource('loop' + str(i)):
        if i == 0:
            continue
        if i == 1:
            break
print('loop done at', i)


# The value of `as` is whatever __enter__ returns (here self), not the manager itself.
class Counter:
    def __init__(self):
        self.count = 0

    def __enter__(self):
        self.count += 1
        return self

    def __exit__(self, *args):
        self.count += 10
        return None


c = Counter()
with c as same:
    print(same is c, c.count)
print(c.count)


# Returning a truthy non-bool from __exit__ also suppresses.
class Truthy:
    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        return 'yes'


with Truthy() as nothing:
    raise IndexError
print('suppressed by truthy', nothing)

# Unpacking the as-target.
class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        pass


with Pair() as (first, (second, third)):
    print(first, second, third)
