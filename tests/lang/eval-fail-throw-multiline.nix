# a message with several lines
throw "first line\nsecond line"
