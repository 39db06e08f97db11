# ''' before the closing '' gives two quotes
''a'''''
