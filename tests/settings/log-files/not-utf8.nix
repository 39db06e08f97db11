# bytes that are not UTF-8, which the JSON log replaces as nlohmann::json does
builtins.trace "aÿ bÃ( câ‚ dà€eðŸ˜€fí €g" (builtins.trace "endâ‚" 1)
