# interpolation in home paths
x: ~/a/${x}/b
