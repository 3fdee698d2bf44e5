# Why a value is unknown: the snapshot's gaps, looked up by resource and field.
#
# An unknown is only useful when it says why (a parameter without a value, an export from another
# stack, a failed API call), so rules take their reasons from here and fall back to their own words.
package rampart.lib.gaps

by_resource[rid] contains g if {
	some g in input.gaps
	rid := g.resource
	is_string(rid)
}

# A gap's field covers a JSON pointer when it is that pointer or lies inside it.
covers(field, pointer) if field == pointer

covers(field, pointer) if {
	is_string(field)
	startswith(field, concat("", [pointer, "/"]))
}

# The reasons of the gaps on a resource's field (or inside it), joined; undefined when there are none.
reason(rid, pointer) := concat("; ", sort(reasons)) if {
	reasons := {g.reason | some g in by_resource[rid]; covers(g.field, pointer)}
	count(reasons) > 0
}

# reason, or the fallback when no gap explains the field.
explain(rid, pointer, fallback) := r if {
	r := reason(rid, pointer)
} else := fallback

# Whether a gap names the field (or something inside it).
has(rid, pointer) if {
	some g in by_resource[rid]
	covers(g.field, pointer)
}
