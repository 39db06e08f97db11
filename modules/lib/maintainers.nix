# People that modules' `meta.maintainers` may name. nixel keeps only a
# placeholder record per handle it needs (no personal data): modules only
# put these records into lists, nothing reads their fields.
{
  nixel = {
    name = "nixel developers";
    github = "nixel";
    githubId = 0;
  };
}
