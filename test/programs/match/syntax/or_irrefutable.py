# An irrefutable alternative inside an or-pattern must be the last alternative.
match [1, 2]:
    case [a, b] | a | (a, b, _):
        print(a)
