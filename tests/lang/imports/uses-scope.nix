# helper for scopedImport cases: x and y come from the scope
x * y
