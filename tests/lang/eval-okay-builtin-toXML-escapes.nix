# toXML escapes the XML special characters
builtins.toXML "<a href=\"x\">&'</a>"
