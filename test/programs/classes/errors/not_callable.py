# Calling things that are not callable: instances without __call__, attributes holding data,
# results of method calls, and a class attribute that is an instance; an uncaught one at the end.
class Widget:
    size = 10

    def __init__(self):
        self.name = 'w'
        self.items = [1, 2]

    def get(self):
        return self.size


w = Widget()
tests = [
    ('w()', lambda: w()),
    ('w.size()', lambda: w.size()),
    ('w.name()', lambda: w.name()),
    ('w.items()', lambda: w.items()),
    ('w.get()()', lambda: w.get()()),
    ('Widget.size()', lambda: Widget.size()),
    ('w.items[0]()', lambda: w.items[0]()),
]
for text, fn in tests:
    try:
        fn()
    except TypeError as e:
        print(text, '->', e)

print(callable(w), callable(Widget), callable(w.get), callable(w.size))


# Giving the class __call__ later makes existing instances callable.
def call(self, x):
    return self.name + str(x)


Widget.__call__ = call
print(w(5), callable(w))
del Widget.__call__
print(callable(w))

# A subclass of a callable class is callable; an instance of an unrelated class is not.
class Runner:
    def __call__(self):
        return 'ran'


class FastRunner(Runner):
    pass


class Walker:
    pass


print(FastRunner()())
print('calling an instance of a class without __call__')
walker = Walker()
walker()
