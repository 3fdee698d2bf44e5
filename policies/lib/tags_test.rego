package rampart.lib.tags_test

import data.rampart.lib.tags
import data.rampart.test.snapshots as snap

test_sensitivity_tag_matches_ignoring_case if {
	tags.sensitive({"tags": {"Data-Classification": "Confidential"}}) with data.rampart.config as snap.config
	tags.sensitivity_tag({"tags": {"Data-Classification": "Confidential"}}) == "Data-Classification=Confidential" with data.rampart.config as snap.config
}

test_other_values_are_not_sensitive if {
	not tags.sensitive({"tags": {"data-classification": "public"}}) with data.rampart.config as snap.config
	not tags.sensitivity_unknown({"tags": {"data-classification": "public"}}) with data.rampart.config as snap.config
}

test_sensitivity_tags_come_from_configuration if {
	cfg := json.patch(snap.config, [{"op": "replace", "path": "/sensitivity_tags", "value": {"pii": ["yes"]}}])
	tags.sensitive({"tags": {"pii": "YES"}}) with data.rampart.config as cfg
	not tags.sensitive({"tags": {"data-classification": "confidential"}}) with data.rampart.config as cfg
}

test_unresolved_tag_value_or_tags_make_sensitivity_unknown if {
	tags.sensitivity_unknown({"tags": {"data-classification": null}}) with data.rampart.config as snap.config
	tags.sensitivity_unknown({"tags": null}) with data.rampart.config as snap.config
	not tags.sensitivity_unknown({"tags": {"team": null}}) with data.rampart.config as snap.config
}

test_environment_tags_use_the_configured_keys_exactly if {
	r := {"tags": {"environment": "prod", "ENV": "dev", "Environment": null}}
	tags.environment_tags(r) == {["environment", "prod"], ["Environment", null]} with data.rampart.config as snap.config
}
