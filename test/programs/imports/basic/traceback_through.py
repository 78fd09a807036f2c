import math_helpers
def run(v):
    return math_helpers.fail(v)
print(math_helpers.square(9))
run(3)
