# inherit cannot name an attribute unquoted
{ inherit = 1; }
