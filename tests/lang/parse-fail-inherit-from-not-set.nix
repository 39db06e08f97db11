# inherit needs names, not values
{ inherit (1) 2; }
