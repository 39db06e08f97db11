# defaults can refer to other formals and to the @ name
args@{ a, b ? a, c ? args }: c
