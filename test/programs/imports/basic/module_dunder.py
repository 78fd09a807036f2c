import math_helpers
import greet

print(greet.greet.__module__, greet.Greeter.__module__)
print(greet.Greeter.__qualname__, repr(greet.Greeter))
print(greet.greet.__globals__ is vars(greet))
print(math_helpers.square.__globals__['__name__'])
