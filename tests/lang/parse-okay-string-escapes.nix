# every escape of a double-quoted string; an unknown escape stands for the character itself
"a\nb\tc\rd\\e\"f\$g\xh\{i\'j"
