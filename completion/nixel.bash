# bash completion for nixel: its commands, their options and files, and option names after
# `nixel why CONFIG.nix` and `nixel options`. The names come from nixel itself (`nixel help
# --complete [COMMAND]`, taken from the manual pages; `nixel options --names`, from the
# loaded modules and configuration), so a new command, flag or module needs no change here.

# The option names of the modules and configuration given so far on the command line.
_nixel_option_names()
{
    local i w args=() config=""
    for ((i = 2; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        case $w in
            --module|-I) args+=("$w" "${COMP_WORDS[i + 1]}"); ((i++)) ;;
            *.nix) [[ -z $config ]] && config=$w ;;
        esac
    done
    [[ -n $config ]] && args+=("$config")
    "${COMP_WORDS[0]}" options --names "${args[@]}" 2>/dev/null
}

# Is a configuration (a word ending in .nix, not a --module's) before the current word?
_nixel_has_config()
{
    local i
    for ((i = 2; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --module|-I) ((i++)) ;;
            *.nix) return 0 ;;
        esac
    done
    return 1
}

_nixel()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} command=${COMP_WORDS[1]} words
    if [[ $COMP_CWORD -eq 1 && $cur != -* ]]; then
        words=$("${COMP_WORDS[0]}" help --complete 2>/dev/null)
    elif [[ $cur == -* ]]; then
        [[ $COMP_CWORD -gt 1 ]] || command=""
        words=$("${COMP_WORDS[0]}" help --complete "$command" 2>/dev/null)
    elif [[ $prev != --module && $prev != -I ]] && { [[ $command == options ]] || { [[ $command == why ]] && _nixel_has_config; }; }; then
        words=$(_nixel_option_names)
        # after `why CONFIG`, an option name is what comes: no files
        if [[ $command == why ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$words" -- "$cur")
            return 0
        fi
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
