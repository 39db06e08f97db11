# interpolation alone, at the ends and in the middle
x: y: [ "${x}" "a${x}" "${x}b" "a${x}b${y}c" "${x}${y}" ]
