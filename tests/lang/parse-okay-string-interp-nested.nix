# interpolations nest inside strings inside interpolations
x: "a${"b${"c${x}d"}e"}f${''g${x}''}"
