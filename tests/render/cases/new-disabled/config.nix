# The new module loaded but not enabled: only the host's hosts, subuid and subgid.
{ }
