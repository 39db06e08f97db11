# nor null
"${null}"
