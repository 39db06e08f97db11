# Two failing host assertions (and one that holds): NixOS's "Failed assertions:" message.
{
  assertions = [
    { assertion = false; message = "first problem"; }
    { assertion = true; message = "not shown"; }
    { assertion = 1 == 2; message = "second problem"; }
  ];
}
