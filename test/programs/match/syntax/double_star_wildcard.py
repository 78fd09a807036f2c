# `**_` is not allowed in a mapping pattern (it would match anything anyway).
match {}:
    case {"k": 1, **_}:
        pass
