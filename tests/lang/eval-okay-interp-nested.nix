# nested interpolations
let a = "A"; b = "B"; in "1${a}2${"3${b}4${"5${a}${b}6"}7"}8"
