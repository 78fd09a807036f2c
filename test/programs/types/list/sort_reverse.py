# list.sort(reverse=True) sorts in descending order.
a = [5, 3, 9, 1, 5, -2, 0]
a.sort(reverse=True)
print(a)
w = ['b', 'c', 'a']
w.sort(reverse=True)
print(w)
