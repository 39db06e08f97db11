# {} accepts only the empty set
({ }: "ok") { }
