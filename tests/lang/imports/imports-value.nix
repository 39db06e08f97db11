# helper for scopedImport cases: uses x from the scope and imports a plain file
[ x (import ./value.nix).answer ]
