# currentTime is after 2020 on any machine running the tests
builtins.currentTime > 1577836800
