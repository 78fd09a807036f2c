# A bank simulation with dicts: accounts keyed by name, a transaction log, rejected operations.
accounts = {}
log = []


def open_account(name, deposit):
    if name in accounts:
        log.append('reject open ' + name + ': exists')
        return False
    accounts[name] = {'balance': deposit, 'history': [deposit]}
    log.append('open ' + name + ' ' + str(deposit))
    return True


def deposit(name, amount):
    if amount <= 0:
        log.append('reject deposit ' + str(amount))
        return False
    acct = accounts[name]
    acct['balance'] += amount
    acct['history'].append(amount)
    return True


def withdraw(name, amount):
    acct = accounts.get(name)
    if acct is None:
        log.append('reject withdraw: no account ' + name)
        return False
    if acct['balance'] < amount:
        log.append('reject withdraw ' + name + ': insufficient funds')
        return False
    acct['balance'] -= amount
    acct['history'].append(-amount)
    return True


def transfer(src, dst, amount):
    if dst not in accounts:
        log.append('reject transfer: no account ' + dst)
        return False
    if withdraw(src, amount):
        deposit(dst, amount)
        log.append('transfer ' + src + '->' + dst + ' ' + str(amount))
        return True
    return False


open_account('alice', 100)
open_account('bob', 50)
open_account('alice', 5)
deposit('bob', 25)
deposit('bob', -3)
transfer('alice', 'bob', 30)
transfer('bob', 'carol', 10)
transfer('bob', 'alice', 500)
withdraw('dave', 1)
open_account('carol', 0)
transfer('bob', 'carol', 45)
withdraw('alice', 70)
for name, acct in accounts.items():
    print(name, acct['balance'], acct['history'])
for entry in log:
    print(entry)
total = 0
for acct in accounts.values():
    total += acct['balance']
print('total held:', total)
richest = ''
for name in accounts:
    if richest == '' or accounts[name]['balance'] > accounts[richest]['balance']:
        richest = name
print('richest:', richest)
