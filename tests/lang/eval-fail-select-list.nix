# lists have no attributes
[ 1 ].a
