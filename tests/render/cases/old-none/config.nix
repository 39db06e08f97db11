# The old module with no containers: the template unit container@.service, the multi-user
# override and the template's scripts (boot.enableContainers defaults to !boot.isContainer).
{ }
