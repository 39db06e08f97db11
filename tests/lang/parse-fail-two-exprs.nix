# two expressions separated by a semicolon
1; 2
