# helper for scopedImport cases: calls toString
toString 1
