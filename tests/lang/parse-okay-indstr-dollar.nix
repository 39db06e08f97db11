# a lone $ and $$ in an indented string
''a $ b $$ c $'' 
