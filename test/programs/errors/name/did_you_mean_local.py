# A misspelled local inside a function: the hint comes from the function's locals.
def area(width, height):
    result = width * height
    return reslt


print(area(2, 3))
