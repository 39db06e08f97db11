# outPath may itself be a set with an outPath
"${{ outPath = { outPath = "inner"; }; }}"
