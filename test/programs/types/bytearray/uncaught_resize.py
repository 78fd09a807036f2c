# An uncaught BufferError: resizing a bytearray while a memoryview exports it.
data = bytearray(b'frame')
view = memoryview(data)
print(view.tobytes())
data.extend(b'-more')
print(data)
