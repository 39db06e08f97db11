# a top-level function with ... receives all --arg values
args@{ ... }: args
