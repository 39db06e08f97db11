# paths compare as strings of their absolute form
[ (/a < /b) (/a/b < /a) (/b <= /b) (./a < ./b) ]
