# The smallest pyrite program: `pyrite examples/hello.py`
print("Hello from pyrite!")
