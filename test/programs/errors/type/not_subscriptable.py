# Indexing None.
value = None
print(value[0])
