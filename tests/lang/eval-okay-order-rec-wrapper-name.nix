# strict is a name of the derivation wrapper: after y, so y = strict is a thunk.
rec { y = strict; strict = 1; a = y; }
