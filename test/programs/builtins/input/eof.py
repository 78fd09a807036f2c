# input() with no more input: the prompt is still written, then EOFError (the goldens run with an
# empty stdin, and so does the test runner).
try:
    line = input("your name: ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError:", e)
input("second prompt> ")
