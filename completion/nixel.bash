# bash completion for nixel: its commands, their options and files. The names come from
# nixel itself (`nixel help --complete [COMMAND]`, taken from the manual pages), so a new
# command or option needs no change here.
_nixel()
{
    local cur=${COMP_WORDS[COMP_CWORD]} words
    if [[ $COMP_CWORD -eq 1 && $cur != -* ]]; then
        words=$("${COMP_WORDS[0]}" help --complete 2>/dev/null)
    elif [[ $cur == -* ]]; then
        local command=""
        [[ $COMP_CWORD -gt 1 ]] && command=${COMP_WORDS[1]}
        words=$("${COMP_WORDS[0]}" help --complete "$command" 2>/dev/null)
    fi
    if [[ -n $words ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
    fi
    if [[ $cur != -* ]]; then
        local f
        while IFS= read -r f; do COMPREPLY+=("$f"); done < <(compgen -f -- "$cur")
    fi
    return 0
}
complete -o filenames -F _nixel nixel
