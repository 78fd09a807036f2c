# A bank ledger: accounts as dicts, custom error signalling via exception args, chaining, finally.
accounts = {}
journal = []


def open_account(name, initial=0):
    if name in accounts:
        raise ValueError(f'account {name!r} exists')
    accounts[name] = {'balance': initial, 'history': [('open', initial)]}


def withdraw(name, amount):
    acct = accounts[name]
    if amount <= 0:
        raise ValueError('amount must be positive', amount)
    if acct['balance'] < amount:
        raise ArithmeticError('insufficient funds', name, acct['balance'], amount)
    acct['balance'] -= amount
    acct['history'].append(('withdraw', amount))


def deposit(name, amount):
    if amount <= 0:
        raise ValueError('amount must be positive', amount)
    accounts[name]['balance'] += amount
    accounts[name]['history'].append(('deposit', amount))


def transfer(src, dst, amount):
    journal.append(f'begin {src}->{dst} {amount}')
    try:
        withdraw(src, amount)
        try:
            deposit(dst, amount)
        except KeyError:
            deposit(src, amount)
            raise
    except KeyError as e:
        raise LookupError(f'no account {e.args[0]}') from e
    else:
        journal.append('ok')
        return True
    finally:
        journal.append('end')


open_account('alice', 100)
open_account('bob')
ops = [('alice', 'bob', 30), ('bob', 'alice', 50), ('alice', 'carol', 10),
       ('dave', 'bob', 5), ('alice', 'bob', -1), ('bob', 'alice', 30)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        print(f'transfer {src:>5} -> {dst:<5} {amt:4d}: ok')
    except ArithmeticError as e:
        msg, who, have, want = e.args
        print(f'transfer {src:>5} -> {dst:<5} {amt:4d}: {msg} ({who} has {have}, needs {want})')
    except LookupError as e:
        print(f'transfer {src:>5} -> {dst:<5} {amt:4d}: {e} (cause: {type(e.__cause__).__name__})')
    except ValueError as e:
        print(f'transfer {src:>5} -> {dst:<5} {amt:4d}: {e.args[0]}: {e.args[1]}')
try:
    open_account('bob')
except ValueError as e:
    print('error:', e)
for name in sorted(accounts):
    a = accounts[name]
    print(f'{name:6}{a["balance"]:>8.2f}', ', '.join([f'{k}:{v}' for k, v in a['history']]))
print(len(journal), journal.count('end'), journal.count('ok'))
