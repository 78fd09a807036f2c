import greet
import sys
print(greet.__name__, greet.__package__ == '', greet.__doc__)
print(greet.__file__.endswith('greet.py'))
print(hasattr(greet, '__path__'), hasattr(greet, '__builtins__'))
print(__name__, __package__, __doc__)
print(sys.modules['__main__'].__name__)
import builtins
print(builtins.len is len, sys.modules['builtins'] is builtins)
print(repr(sys)[:13], repr(builtins)[:18])
del greet
import greet
print(greet.counter)
