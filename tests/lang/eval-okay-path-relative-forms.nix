# relative path literals are resolved against the directory of the file
[ ./files/../files/hello.txt ./. ../lang/files ]
