# interpolating paths of every kind: a tree with an executable, a symlink to a directory, an empty file
[ "${./files/store}" "${./files/store/tool.sh}" "${./files/store/to-data}" "${./files/store/data/empty}" "${./files/store + "/name+with=chars"}" ]
