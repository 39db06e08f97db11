# nor booleans
"${true}"
