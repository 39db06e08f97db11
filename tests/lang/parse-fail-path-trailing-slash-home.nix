# nor home paths
~/a/
