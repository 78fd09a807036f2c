# A literal key given twice in a mapping pattern (1 and 1.0 are the same key).
match {}:
    case {"x": 0, 1: a, "y": b, 1.0: c}:
        pass
