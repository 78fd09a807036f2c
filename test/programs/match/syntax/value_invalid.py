# Only literals and dotted names can be values: an f-string is neither.
name = "x"
match "x":
    case f"{name}":
        pass
