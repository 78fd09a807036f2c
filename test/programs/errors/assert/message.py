# assert with a message: the uncaught AssertionError shows the message.
def check(balance):
    assert balance >= 0, 'negative balance: %d' % balance
    return balance


print(check(10))
print(check(-5))
