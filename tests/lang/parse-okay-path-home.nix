# ~/ paths are relative to $HOME
[ ~/a ~/a/b ]
