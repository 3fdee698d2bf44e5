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

# Why a known element of a list may not exist (a security group rule, a route, an association, a
# network ACL entry that a standalone resource with an unknown Condition became): the reasons of the
# unresolved gaps that point at exactly that element, joined; undefined when nothing says it may not
# exist (docs/snapshot.md, gaps). Ask only about an element that is not null: a gap on a null element
# says why its value is unknown. Rules read such an element as if it existed, but a violation that
# rests on it is reported as unknown, quoting this reason.
doubt(rid, pointer) := concat("; ", sort(reasons)) if {
	reasons := {g.reason | some g in by_resource[rid]; g.kind == "unresolved"; g.field == pointer}
	count(reasons) > 0
}

# doubt for element i of the list a resource holds under field (e.g. "ingress", "routes").
element_doubt(rid, field, i) := doubt(rid, sprintf("/%s/%d", [field, i]))

# The element certainly exists: no gap says it may not.
certain_element(rid, field, i) if not element_doubt(rid, field, i)

# Why a resource of the document may not exist (a template resource whose Condition could not be
# evaluated, docs/snapshot.md): the reasons of the unresolved gaps naming it with no field; undefined
# when nothing says it may not exist. The engine already turns findings *on* such a resource into
# unknowns; a rule whose finding rests on *another* resource existing (a group open to the internet
# only matters when a workload uses it) asks here.
existence_doubt(rid) := concat("; ", sort(reasons)) if {
	reasons := {g.reason | some g in by_resource[rid]; g.kind == "unresolved"; g.field == null}
	count(reasons) > 0
}
