# fib: recursive calls. Measures call/return and small-int arithmetic on locals.
# fib(30) makes 2,692,537 calls.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = 30
    r = fib(n)
    print("fib", n, "=", r)
    if r == 832040:
        print("ok")
    else:
        print("WRONG")


main()
