# abort stops evaluation too
abort "stop here"
