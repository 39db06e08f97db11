# whitespace may be left out between tokens (x:x would be a URI, so lambdas keep a space)
{a=1;b={c=2;};d=[1 2];e=x: x;f=a: b: a;g=({x,...}@y: x);h={}.b or(1);i=[(1)(2)];}
