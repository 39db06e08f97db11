# formals are shown in symbol-table order, not source order
args@{ a ? b, b ? a, c ? args }: c
