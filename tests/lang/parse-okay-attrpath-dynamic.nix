# dynamic components in attribute paths
x: { a.${x} = 1; ${x}.b = 2; a."q r".s = 3; }
