# A starred pattern in parentheses needs a comma to be a sequence.
match [1]:
    case (*items):
        pass
