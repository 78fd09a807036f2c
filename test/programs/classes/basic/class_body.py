# The class body is a scope of its own: it runs top to bottom once, its names become class
# attributes, methods cannot see them unqualified, and names from the enclosing scope are visible.
print('before class')
trace = []


class Config:
    trace.append('body start')
    base = 10
    doubled = base * 2
    if doubled > 15:
        size = 'large'
    else:
        size = 'small'
    for i in range(3):
        trace.append('loop ' + str(i))
    del i
    trace.append('body end')

    def read(self):
        # `base` here is the module global, not the class attribute.
        return base


print('after class')
print(trace)
print(Config.base, Config.doubled, Config.size, hasattr(Config, 'i'))
base = 'global base'
print(Config().read())


def make(n):
    class Scoped:
        # The enclosing function's locals are visible in the class body.
        value = n * 3
        values = [n + k for k in range(3)]

        def get(self):
            # ...and inside methods, through the closure.
            return n

    return Scoped


S = make(4)
print(S.value, S.values, S().get())


# A name assigned in the class body is looked up in the class namespace first, then globals.
x = 'global x'


class Shadow:
    y = x
    x = 'class x'
    z = x


print(Shadow.y, Shadow.z, x)

# The class statement result is bound after the body finishes; rebinding replaces it.
class Redefined:
    version = 1


first = Redefined


class Redefined:
    version = 2


print(first.version, Redefined.version, first is Redefined)

# A class body can define a method conditionally and with the same name twice.
class Twice:
    def f(self):
        return 'first'

    def f(self):
        return 'second'

    if True:
        def g(self):
            return 'g defined'


print(Twice().f(), Twice().g())

# Empty class body with only a docstring.
class DocOnly:
    "just a docstring"


print(DocOnly.__doc__, type(DocOnly()).__name__)
