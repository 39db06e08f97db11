# formals with defaults and ellipsis
[ ({ a, b ? 1, c ? a }: a) ({ a, ... }: a) ({ ... }: 1) ({}: 1) ({ a, }: a) ]
