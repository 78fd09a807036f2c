# A bank system with classes: accounts with a class-level id counter, a subclass with interest
# and overdraft rules, custom exceptions carrying details, a Bank managing transfers and a
# statement printer. Amounts are integer cents.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__('account ' + str(account.number) + ' cannot pay ' + cents(amount))
        self.account = account
        self.amount = amount


class UnknownAccount(BankError):
    pass


def cents(n):
    sign = '-' if n < 0 else ''
    n = abs(n)
    return sign + str(n // 100) + '.' + str(n % 100).rjust(2, '0')


class Account:
    next_number = 1000
    kind = 'basic'

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.number = Account.next_number
        Account.next_number += 1

    @property
    def balance(self):
        return self._balance

    def can_withdraw(self, amount):
        return amount <= self._balance

    def deposit(self, amount, memo='deposit'):
        if amount <= 0:
            raise ValueError('deposit must be positive, got ' + cents(amount))
        self._balance += amount
        self.history.append((memo, amount))

    def withdraw(self, amount, memo='withdraw'):
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append((memo, -amount))

    def month_end(self):
        pass

    def __str__(self):
        return '#' + str(self.number) + ' ' + self.owner + ' (' + self.kind + ') ' + cents(self._balance)


class Savings(Account):
    kind = 'savings'

    def __init__(self, owner, balance=0, rate_permille=20):
        super().__init__(owner, balance)
        self.rate = rate_permille

    def month_end(self):
        interest = self._balance * self.rate // 1000
        if interest:
            self.deposit(interest, 'interest')


class Checking(Account):
    kind = 'checking'

    def __init__(self, owner, balance=0, overdraft=5000):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            self.withdraw(0 if self._balance > -100 else 250, 'overdraft fee')


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.failures = []

    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        if number not in self.accounts:
            raise UnknownAccount('no account ' + str(number))
        return self.accounts[number]

    def transfer(self, src, dst, amount):
        try:
            a = self.get(src)
            b = self.get(dst)
            a.withdraw(amount, 'to ' + str(dst))
            b.deposit(amount, 'from ' + str(src))
            return True
        except BankError as e:
            self.failures.append(type(e).__name__ + ': ' + str(e))
            return False

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank('Pyrite Savings & Loan')
alice = bank.open(Checking, 'alice', 10000)
bob = bank.open(Savings, 'bob', 50000, 15)
carol = bank.open(Account, 'carol')
print([str(a) for a in bank.accounts.values()])
print(bank.transfer(alice.number, bob.number, 12000))
print(bank.transfer(alice.number, carol.number, 4000))
print(bank.transfer(carol.number, 9999, 100))
print(bank.transfer(carol.number, bob.number, 5000))
try:
    carol.deposit(-5)
except ValueError as e:
    print('ValueError:', e)
for month in range(3):
    bank.month_end()
    print('month', month + 1, [cents(a.balance) for a in bank.accounts.values()])
for acct in bank.accounts.values():
    print(acct)
    for memo, amount in acct.history:
        print('   ', memo.ljust(14), cents(amount).rjust(10))
print('failures:')
for f in bank.failures:
    print('   ', f)
print('total', cents(bank.total()), 'next number', Account.next_number)
print(isinstance(bob, Account), issubclass(Checking, Savings), [c.__name__ for c in Savings.__mro__])
