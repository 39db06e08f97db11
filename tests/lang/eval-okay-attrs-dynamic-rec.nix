# dynamic names in rec sets are evaluated in the rec scope but cannot be referenced by name
rec { a = "x"; ${a} = 1; b = a; }
