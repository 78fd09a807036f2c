# Errors inside a generator expression name the <genexpr> frame.
data = [3, 2, 1, 0]
print(sum(10 // x for x in data))
