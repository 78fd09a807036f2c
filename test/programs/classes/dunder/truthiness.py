# Truth value testing: __bool__ wins over __len__, __len__ is used when there is no __bool__,
# objects with neither are true, and the TypeErrors for __bool__ returning a non-bool.
calls = []


class Both:
    def __init__(self, b, n):
        self.b = b
        self.n = n

    def __bool__(self):
        calls.append('bool')
        return self.b

    def __len__(self):
        calls.append('len')
        return self.n


class LenOnly:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        calls.append('len')
        return self.n


class Neither:
    pass


print(bool(Both(False, 5)), bool(Both(True, 0)), calls)
calls.clear()
print(bool(LenOnly(0)), bool(LenOnly(3)), calls)
print(bool(Neither()), not Neither())

# Truthiness in if / while / and / or / not / conditional expressions.
print('if' if LenOnly(0) else 'else')
n = LenOnly(3)
count = 0
while n:
    n.n -= 1
    count += 1
print('loop ran', count)
print(LenOnly(0) or 'fallback', type(LenOnly(2) or 'x').__name__)
print(type(LenOnly(0) and 'never').__name__, LenOnly(1) and 'second')
print(not LenOnly(0), not Both(True, 0))
print([bool(x) for x in [LenOnly(0), LenOnly(1), Both(0 == 1, 1), Neither()]])
print(len([x for x in [LenOnly(0), LenOnly(2), Neither()] if x]))

# any() and all() and filter(None, ...) use the same protocol.
objs = [LenOnly(0), LenOnly(4), Both(False, 9)]
print(any(objs), all(objs), len(list(filter(None, objs))))


# Errors.
class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return 'long'


class FloatLen:
    def __len__(self):
        return 2.0


for obj in [BadBool(), BadLen(), FloatLen()]:
    try:
        if obj:
            print('true?')
    except TypeError as e:
        print('TypeError:', e)

# __bool__ = None makes truth testing raise.
class NoTruth:
    __bool__ = None


try:
    bool(NoTruth())
except TypeError as e:
    print('TypeError:', e)

# bool subclasses of the result are fine; True/False returned directly.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on == 'yes'


print(bool(Flag('yes')), bool(Flag('no')), [f.on for f in [Flag('a'), Flag('yes')] if f])
