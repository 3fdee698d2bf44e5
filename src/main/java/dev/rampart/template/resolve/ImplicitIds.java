package dev.rampart.template.resolve;

/** Id suffixes of the resources AWS creates with every VPC: {@code <vpc id>#default-security-group} etc. */
public final class ImplicitIds {
    private ImplicitIds() {}

    public static final String MAIN_ROUTE_TABLE = "#main-route-table";
    public static final String DEFAULT_NETWORK_ACL = "#default-network-acl";
    public static final String DEFAULT_SECURITY_GROUP = "#default-security-group";
}
