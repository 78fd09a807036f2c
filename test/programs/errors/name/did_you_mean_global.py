# A misspelled global used inside an expression: the hint names the close global.
counter = 10
total = counter + countr * 2
