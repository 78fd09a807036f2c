# An uncaught ValueError: using a memoryview after the with block released it.
with memoryview(b'payload') as view:
    head = view[:3].tobytes()
print(head)
print(view[0])
