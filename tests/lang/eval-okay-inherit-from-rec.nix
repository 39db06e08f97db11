# inherit (e) in a rec set evaluates e in the rec scope
rec { s = { x = 1; }; inherit (s) x; y = x + 1; }
