# inherit (e) cannot take a dynamic name either
x: { inherit ({ }) ${x}; }
