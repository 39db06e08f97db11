# man2help.awk: turns the manual pages (man/*.1, man(7) macros) into the C table of help
# texts that `nixel help` and `nixel COMMAND --help` print (build/gen/help_pages.c), so the
# pages are the one place the commands are described. Of each page it keeps the NAME line's
# description, SYNOPSIS, DESCRIPTION's first paragraph, OPTIONS and EXAMPLES as plain text,
# filled to 78 columns (SYNOPSIS lines are left whole), and the option names of OPTIONS (for shell completion).
#   awk -f scripts/man2help.awk man/*.1 > build/gen/help_pages.c
# Understands the macros the pages use: .TH .SH .PP .P .TP .B .I .BI .BR .IR .RB .IB .br .nf .fi
BEGIN {
    WIDTH = 78
    print "/* help_pages.c: generated from the manual pages (man/) by scripts/man2help.awk; do not edit. */"
    print "#include \"cli/help.h\""
    print ""
    print "const HelpPage help_pages[] = {"
}

# A C string literal, one source line per line of text.
function cstr(s) {
    gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\n/, "\\n\"\n        \"", s)
    return "\"" s "\""
}

# Roff escapes to plain text.
function plain(s) {
    gsub(/\\f[BIRP]/, "", s); gsub(/\\-/, "-", s); gsub(/\\&/, "", s); gsub(/\\\(em/, "--", s)
    gsub(/\\e/, "\\", s)
    return s
}

# The arguments of a macro line, quotes removed; joined (for .B, .I) with spaces or (for
# the alternating-font macros) without.
function macro_args(line, sep,    out, rest, arg, first) {
    rest = line; sub(/^\.[A-Za-z]+[ \t]*/, "", rest)
    out = ""; first = 1
    while (rest != "") {
        if (substr(rest, 1, 1) == "\"") { rest = substr(rest, 2); arg = rest; sub(/".*/, "", arg); sub(/^[^"]*"?/, "", rest) }
        else { arg = rest; sub(/[ \t].*/, "", arg); sub(/^[^ \t]*/, "", rest) }
        sub(/^[ \t]+/, "", rest)
        out = out (first ? "" : sep) arg; first = 0
    }
    return out
}

# Filled text goes to the current section's text, wrapped at WIDTH with the indent.
function flush(    words, n, i, line, out) {
    if (pending == "") return
    n = split(pending, words, /[ \t]+/)
    line = ""
    for (i = 1; i <= n; i++) {
        if (words[i] == "") continue
        if (line != "" && current != "SYNOPSIS" && length(indent line " " words[i]) > WIDTH) { out = out indent line "\n"; line = "" }
        line = line == "" ? words[i] : line " " words[i]
    }
    if (line != "") out = out indent line "\n"
    add(out)
    pending = ""
}
function add(text) { if (keep) section[current] = section[current] text }
function text(s) { pending = pending == "" ? s : pending " " s }

function end_page() {
    if (!page) return
    flush()
    printf "    { %s, %s,\n      %s,\n      %s,\n      %s,\n      %s,\n      %s },\n", \
        cstr(command), cstr(summary), cstr(section["SYNOPSIS"]), cstr(section["DESCRIPTION"]), \
        cstr(section["OPTIONS"]), cstr(section["EXAMPLES"]), cstr(flags)
    page = 0
}

FNR == 1 {
    end_page()
    page = 1; command = FILENAME; sub(/.*\//, "", command); sub(/\.1$/, "", command)
    sub(/^nixel-?/, "", command)
    split("", section); summary = ""; flags = ""; current = ""; keep = 0; pending = ""
    verbatim = 0; tag = 0; indent = ""
}

/^\.\\"/ { next }
/^\.TH/ { next }
/^\.SH/ {
    flush(); current = macro_args($0, " "); keep = current ~ /^(NAME|SYNOPSIS|DESCRIPTION|OPTIONS|EXAMPLES)$/
    indent = current == "DESCRIPTION" ? "" : "  "; tag = 0; next
}
/^\.(PP|P)$/ { flush(); if (current == "DESCRIPTION") keep = 0; else add("\n"); next }
/^\.br/ { flush(); next }
/^\.nf/ { flush(); verbatim = 1; next }
/^\.fi/ { verbatim = 0; next }
/^\.TP/ { flush(); tag = 1; next }
/^\.(B|I)( |$)/ { line = macro_args($0, " ") ; }
/^\.(BI|BR|IR|RB|IB)( |$)/ { line = macro_args($0, "") ; }
!/^\./ { line = $0 }
/^\.[A-Za-z]/ && !/^\.(B|I|BI|BR|IR|RB|IB)( |$)/ { next }
{
    line = plain(line)
    if (current == "NAME") { summary = line; sub(/^[^ ]+ - /, "", summary); next }
    if (verbatim) { add(indent line "\n"); next }
    if (tag) {
        indent = "  "; text(line); flush(); indent = "      "; tag = 0
        if (current == "OPTIONS" && line ~ /^-[-A-Za-z]/) { f = line; sub(/[ \t].*/, "", f); flags = flags f "\n" }
        next
    }
    text(line)
}

END {
    end_page()
    print "    { 0, 0, 0, 0, 0, 0, 0 }"
    print "};"
}
