# an escaped backslash before an interpolation leaves the interpolation alone
x: [ "\\${x}" "\\\${x}" ''\${x}'' ]
