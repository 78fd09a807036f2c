# round(): banker's rounding, negative ndigits on floats and ints, float representation effects.
print(round(0.5), round(1.5), round(-0.5), round(-1.5), round(0.49999999999999994))
print(round(1.25, 1), round(1.35, 1), round(2.675, 2), round(-1.005, 2))
print(round(15, -1), round(25, -1), round(-25, -1), round(149, -2), round(150, -2))
print(round(1234.5678, -2), round(1234.5678, 3), round(1e-10, 5), round(5.0, -1))
print(round(7), round(7, 0), round(True), round(-0.0), round(0.0, 2))
print(divmod(-7.5, 2), divmod(7, -2.0), divmod(0, 5), 7 // -2, -7 % 3, 7.5 % -2)
