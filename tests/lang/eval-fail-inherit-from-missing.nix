# an inherited attribute that the source does not have
{ inherit ({ b = 1; }) a; }.a
