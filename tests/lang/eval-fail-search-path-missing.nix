# a name that is not in the search path
<nonexistent-entry>
