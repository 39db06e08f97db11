# A misspelt first component: the message names the first unknown name, and so does the hint.
{ networkin.hostName = "web"; }
