# An etc entry's mode written as a number: the value and the expected type are shown.
{
  environment.etc.motd = {
    text = "hello";
    mode = 644;
  };
}
