# single quotes and double quotes inside an indented string
'' it's "quoted" 'a' ''
