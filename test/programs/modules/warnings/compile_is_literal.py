# The compiler's SyntaxWarning for `is` / `is not` with a literal (a constant other than None,
# True, False and ...), printed before the program runs, once per comparison chain; code the
# compiler emits twice (a finally body, a while loop's test) warns twice, as in CPython 3.11.
x = 1
print(x is 1, x is not 'a', x is None, x is True, x is ...)
if x is (1, 2) or x is -1:
    print('never')
print(1 is x is 2, None is x)
try:
    pass
finally:
    print(x is 1.5)
n = 0
while n is not 3 and n < 3:
    n += 1
print(n)
