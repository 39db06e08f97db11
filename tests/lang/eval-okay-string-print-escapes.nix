# the printer escapes " \ $ { newline, tab and CR; other characters pass as bytes
[ "${"$"}{x}" "é" "\r\n" "ctrl-a:" "tab:	" ]
