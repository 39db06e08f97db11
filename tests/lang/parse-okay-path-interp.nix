# paths with interpolated parts become concatenations
x: [ ./a/${x} ./${x} ./a/${x}/c ./a${x} a/b${x}c /a/${x} ~/${x} ]
