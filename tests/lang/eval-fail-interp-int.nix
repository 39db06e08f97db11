# integers are not interpolated
"${1}"
