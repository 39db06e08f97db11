# __curPos as an interpolation
"${__curPos.file}"
