# Positional sub-patterns must come before keyword ones.
match 1:
    case int(real=1, 0):
        pass
