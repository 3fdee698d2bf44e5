# Tag-driven definitions: sensitive resources and environment tag values. Which tags count is
# configuration (data.rampart.config), so users change it without editing policies.
package rampart.lib.tags

# Sensitive: a tag whose key and value match the configured sensitivity tags
# (config sensitivity_tags: key → accepted values), both compared case-insensitively, because
# "Confidential" and "confidential" mean the same to the people who tag.
sensitive(r) if {
	some key, value in r.tags
	is_string(value)
	some wanted_key, wanted_values in data.rampart.config.sensitivity_tags
	lower(key) == lower(wanted_key)
	some wanted in wanted_values
	lower(value) == lower(wanted)
}

# The sensitivity tag that matched, as "key=value", for messages.
sensitivity_tag(r) := concat("=", [key, value]) if {
	pairs := sort([[key, value] |
		some key, value in r.tags
		is_string(value)
		some wanted_key, wanted_values in data.rampart.config.sensitivity_tags
		lower(key) == lower(wanted_key)
		some wanted in wanted_values
		lower(value) == lower(wanted)
	])
	[key, value] := pairs[0]
}

# Whether a resource is sensitive cannot be told: its tags could not be read, or a sensitivity
# tag's value could not be resolved.
sensitivity_unknown(r) if {
	not sensitive(r)
	r.tags == null
}

sensitivity_unknown(r) if {
	not sensitive(r)
	some key, value in r.tags
	value == null
	some wanted_key, _ in data.rampart.config.sensitivity_tags
	lower(key) == lower(wanted_key)
}

# The environment tags of a resource: {[key, value]} for each configured environment tag key it
# carries (config environment_tag_keys, matched exactly: the defaults list each spelling). A value
# that could not be resolved is null.
environment_tags(r) := {[key, value] |
	some key in data.rampart.config.environment_tag_keys
	value := r.tags[key]
}
