# Assigning past the end of a list.
items = []
items[0] = 'x'
