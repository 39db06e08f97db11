# Assertions that hold and a warning: the render succeeds (warnings go to stderr only).
{ assertions = [ { assertion = true; message = "fine"; } ]; warnings = [ "a warning" ]; }
