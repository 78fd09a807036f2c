# An error on a later line of eval'd source: the frame names that line of "<string>".
data = [1, 2, 0]
print(eval("sum(data)"))
eval("(1,\n 2, [3,\n 6 // data[2]])")
