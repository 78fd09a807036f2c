# Using a proxy after its referent died raises ReferenceError; uncaught, it ends the program.
import weakref


class Session:
    def __init__(self, user):
        self.user = user


def greet(s):
    return "hello " + s.user


s = Session("ann")
p = weakref.proxy(s)
print(greet(p))
del s
print(greet(p))
