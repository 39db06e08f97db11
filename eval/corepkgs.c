/* corepkgs.c: the Nix expressions that CppNix builds in under <nix/...>. Only
 * fetchurl.nix exists in Nix 2.8. This is nixel's own text; it yields the same
 * derivation attributes as CppNix's, so the paths agree. */
#include "eval/corepkgs.h"

#include <string.h>

static const char fetchurl_nix[] =
    "# <nix/fetchurl.nix>: a fixed-output derivation built by Nix's builtin fetcher.\n"
    "{ url, system ? \"\", hash ? \"\", md5 ? \"\", sha1 ? \"\", sha256 ? \"\", sha512 ? \"\"\n"
    ", outputHash ? (let pick = [ hash sha512 sha1 md5 ];\n"
    "                    found = builtins.filter (h: h != \"\") pick;\n"
    "                in if found == [ ] then sha256 else builtins.head found)\n"
    ", outputHashAlgo ? (if hash != \"\" then \"\" else if sha512 != \"\" then \"sha512\"\n"
    "                    else if sha1 != \"\" then \"sha1\" else if md5 != \"\" then \"md5\" else \"sha256\")\n"
    ", executable ? false, unpack ? false, name ? baseNameOf (toString url) }:\n"
    "derivation {\n"
    "  inherit name url executable unpack outputHash outputHashAlgo;\n"
    "  builder = \"builtin:fetchurl\";\n"
    "  system = \"builtin\";\n"
    "  outputHashMode = if unpack || executable then \"recursive\" else \"flat\";\n"
    "  preferLocalBuild = true;\n"
    "  impureEnvVars = [ \"http_proxy\" \"https_proxy\" \"ftp_proxy\" \"all_proxy\" \"no_proxy\" ];\n"
    "  urls = [ url ];\n"
    "}\n";

const char *corepkgs_source(const char *path)
{
    if (!strcmp(path, COREPKGS_PREFIX "fetchurl.nix")) return fetchurl_nix;
    return NULL;
}
