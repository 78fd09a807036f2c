# Recursive functions: factorial, fibonacci, mutual recursion, and moderately deep recursion.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(fact(0), fact(5), fact(20))
print(fib(0), fib(1), fib(10), fib(20))
print(is_even(10), is_odd(7), is_even(7))
print(depth(900))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


m = []
hanoi(4, 'A', 'C', 'B', m)
print(len(m), m[:5])
