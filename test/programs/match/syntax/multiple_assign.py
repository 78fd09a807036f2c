# One name captured twice in a single pattern.
match {"a": 1, "b": 2}:
    case {"a": value, "b": value}:
        print(value)
