# Three chained exceptions printed in order, oldest first.
try:
    try:
        [][0]
    except IndexError:
        {}['x']
except KeyError:
    print('handling KeyError')
    1 / 0
