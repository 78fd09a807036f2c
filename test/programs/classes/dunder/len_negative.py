# __len__ results: len() of user classes, len() returning a negative number (ValueError message),
# a non-int (TypeError), a large value, a bool from __len__, and an uncaught
# ValueError from a negative __len__ at the end.
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(len(Sized(0)), len(Sized(5)), len(Sized(True)))
print(bool(Sized(0)), bool(Sized(2)))

for n in [-1, -100, 'three', 2.0, None, 2 ** 62]:
    try:
        print(repr(n), '->', len(Sized(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(n), '->', type(e).__name__ + ':', e)

# Truth testing with a negative __len__ raises the same ValueError.
try:
    if Sized(-5):
        pass
except ValueError as e:
    print('truth test ValueError:', e)


class IntSub(int):
    pass


print(len(Sized(IntSub(4))), type(len(Sized(IntSub(4)))).__name__)


# An object with __len__ = None is not sized.
class NotSized:
    __len__ = None


try:
    len(NotSized())
except TypeError as e:
    print('TypeError:', e)


class NoLen:
    pass


try:
    len(NoLen())
except TypeError as e:
    print('TypeError:', e)

print('about to call len() with a negative __len__')
print(len(Sized(-3)))
