package rampart.rules.net_001_test

# Left out of scans (a *_test.rego); if it were compiled, this undefined reference would fail the scan.
test_never_compiled_in_a_scan if undefined_thing
