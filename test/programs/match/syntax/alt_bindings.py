# Every alternative of an or-pattern must bind the same names.
def area(shape):
    match shape:
        case ("square", side) | ("rect", width, height):
            return 0
