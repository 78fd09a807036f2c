import sys
print('bye')
sys.exit('fatal: something went wrong')
