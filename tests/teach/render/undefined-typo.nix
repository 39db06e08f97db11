# A misspelt option of the seed module: the closest declared name is suggested.
{ virtualisation.containers.enabel = true; }
