# privateNetwork with a 12-character name: the nested system's assertion fails when its
# toplevel is needed for /etc/containers/webserver123.conf.
{
  containers.webserver123 = {
    privateNetwork = true;
    config = { };
  };
}
