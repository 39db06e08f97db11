# helper for scopedImport cases: uses builtins.length
builtins.length [ 1 2 ]
