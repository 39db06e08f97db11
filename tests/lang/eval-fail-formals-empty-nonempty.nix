# {} rejects attributes
({ }: 1) { a = 1; }
