# inherit cannot take a dynamic name
x: { inherit ${x}; }
