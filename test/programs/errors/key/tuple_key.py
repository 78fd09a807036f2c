# A missing tuple key: the message is repr of the tuple.
grid = {(0, 0): 'origin'}
print(grid[(1, 2)])
