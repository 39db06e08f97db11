# Startup: the smallest evaluation (what every command pays before it starts).
null
