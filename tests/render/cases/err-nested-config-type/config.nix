# A container's nested configuration with a wrongly typed option the stand-in declares: the
# error names the option under the containers.<name>.config prefix.
{ containers.web.config = { networking.hostName = 5; }; }
