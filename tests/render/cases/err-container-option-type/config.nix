# A container option of the wrong type (localAddress is nullOr str).
{ containers.web = { path = "/p"; localAddress = 10; }; }
