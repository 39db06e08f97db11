# with without a body
with {};
