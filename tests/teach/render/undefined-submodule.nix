# A misspelt option inside a submodule (environment.etc.<name>): the names come from it.
{ environment.etc.motd.txt = "hello"; }
