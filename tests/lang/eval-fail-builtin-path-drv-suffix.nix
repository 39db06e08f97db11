# a path whose name ends in .drv cannot be copied to the store
"${./files/nothing.drv}"
