# Unary minus, plus and invert.
x = 5
print(-x, +x, ~x)
print(-(-x), --x, -+-x)
print(-0, +0)
f = 2.5
print(-f, +f)
print(-0.0, -(0.0))
print(-True, +False)
print(~-6)
