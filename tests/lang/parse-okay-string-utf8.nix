# UTF-8 in strings and comments is kept as bytes: äöü → ∀
[ "äöü" ''→ ∀'' "😀" ]
