# nor functions
"${x: x}"
