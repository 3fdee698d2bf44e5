package rampart.rules.sc_001_test

import data.rampart.rules.sc_001
import data.rampart.test.snapshots as snap

tls := {"issuer_certificate_authority_arn": "arn:aws:acm-pca:eu-west-1:111111111111:certificate-authority/1", "kms_key": null, "role_arn": "arn:aws:iam::111111111111:role/sc-tls"}

orders(tags, services) := object.union(snap.service("s/Orders", ["s/PrivateA"], []), {
	"tags": tags,
	"service_connect": {"enabled": true, "namespace": "internal.local", "services": services},
})

exposed(tls_block) := [{"port_name": "orders-api", "discovery_name": "orders", "client_aliases": [{"port": 8080, "dns_name": "orders"}], "tls": tls_block}]

test_confidential_service_without_tls_is_a_finding if {
	d := snap.doc({"ecs_services": [orders({"data-classification": "confidential"}, exposed(null))]})
	findings := sc_001.deny with input as d with data.rampart.config as snap.config
	snap.ids(findings) == {"s/Orders"}
	some f in findings
	f.message == "ECS service orders is tagged data-classification=confidential but exposes Service Connect service orders without TLS, so its traffic crosses the VPC in plaintext."
}

test_sensitivity_is_case_insensitive if {
	d := snap.doc({"ecs_services": [orders({"Data-Classification": "SENSITIVE"}, exposed(null))]})
	snap.ids(sc_001.deny) == {"s/Orders"} with input as d with data.rampart.config as snap.config
}

test_tls_block_passes if {
	d := snap.doc({"ecs_services": [orders({"data-classification": "confidential"}, exposed(tls))]})
	count(sc_001.deny) == 0 with input as d with data.rampart.config as snap.config
	count(sc_001.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_service_that_is_not_sensitive_passes if {
	d := snap.doc({"ecs_services": [orders({"data-classification": "public"}, exposed(null))]})
	count(sc_001.deny) == 0 with input as d with data.rampart.config as snap.config
	count(sc_001.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_client_only_service_connect_passes if {
	d := snap.doc({"ecs_services": [orders({"data-classification": "confidential"}, [])]})
	count(sc_001.deny) == 0 with input as d with data.rampart.config as snap.config
}

test_unresolved_classification_is_unknown if {
	d := snap.doc({
		"ecs_services": [orders({"data-classification": null}, exposed(null))],
		"gaps": [snap.gap("s/Orders", "/tags/data-classification", "parameter Classification has no value and no default")],
	})
	count(sc_001.deny) == 0 with input as d with data.rampart.config as snap.config
	unknowns := sc_001.unknown with input as d with data.rampart.config as snap.config
	some u in unknowns
	u.resource == "s/Orders"
	contains(u.reason, "parameter Classification has no value")
}

test_unresolved_tls_is_unknown if {
	d := snap.doc({
		"ecs_services": [orders({"data-classification": "confidential"}, exposed(null))],
		"gaps": [snap.gap("s/Orders", "/service_connect/services/0/tls", "condition UseTls could not be evaluated")],
	})
	count(sc_001.deny) == 0 with input as d with data.rampart.config as snap.config
	snap.ids(sc_001.unknown) == {"s/Orders"} with input as d with data.rampart.config as snap.config
}
