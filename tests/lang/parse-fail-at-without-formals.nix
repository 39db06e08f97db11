# @ needs a set pattern on one side
a@b: 1
