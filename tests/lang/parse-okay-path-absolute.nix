# absolute paths are kept; . and .. are folded
[ /a /a/b /a/./b /a/../b /a/b/.. ]
