# int.to_bytes / int.from_bytes round trips at every size, both byte orders, signed and not,
# including the two's-complement edge -2**k and the OverflowErrors.
for v in [0, 1, 255, 256, -1, -128, -129, 2**70, -2**70, 2**64 - 1, -2**63, 2**63, -2**64,
          12345678901234567890123, -(3**60)]:
    for signed in (False, True):
        for order in ('big', 'little'):
            try:
                n = (v.bit_length() + 8) // 8
                b = v.to_bytes(n, order, signed=signed)
                print(v, signed, order, b.hex(), int.from_bytes(b, order, signed=signed) == v)
            except OverflowError as e:
                print(v, signed, order, 'OverflowError', e)
for v, n, s in [(256, 1, False), (-129, 1, True), (-128, 1, True), (128, 1, True), (2**70, 8, False),
                (2**70, 9, False), (-2**71, 9, True), (-2**71 - 1, 9, True), (0, 0, False)]:
    try:
        print(v, n, s, v.to_bytes(n, 'big', signed=s))
    except OverflowError as e:
        print(v, n, s, 'OverflowError', e)
