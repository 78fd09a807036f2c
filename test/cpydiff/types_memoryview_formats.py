"""
categories: Types,memoryview
description: memoryviews have format 'B' only; cast() to any other format raises NotImplementedError
cause: the core's views are one-dimensional unsigned bytes (bytes and bytearray are the only exporters)
workaround: convert items by hand (int.from_bytes over slices)
"""
m = memoryview(b'\x01\x00\x02\x00')
print(m.cast('H').tolist())
