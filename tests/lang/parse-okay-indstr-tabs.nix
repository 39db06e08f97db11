# tabs are not indentation
''
	tab
  two
''
