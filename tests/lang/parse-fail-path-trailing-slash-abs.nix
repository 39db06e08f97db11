# absolute paths neither
/a/b/
