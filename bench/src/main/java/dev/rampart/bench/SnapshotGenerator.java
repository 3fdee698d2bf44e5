package dev.rampart.bench;

/**
 * A generated snapshot-shaped document of 10,000 resources for rule benchmarks: VPCs, subnets, route tables,
 * security groups, instances, load balancers, listeners and ECS services, cross-referenced by id the way a
 * real account is (instances in subnets, subnets using route tables, services behind security groups), with a
 * few percent of each kind violating some rule.
 */
final class SnapshotGenerator {

    /** Resources per kind; 10,000 in all. */
    static final int VPCS = 50;
    static final int SUBNETS = 1000;
    static final int ROUTE_TABLES = 200;
    static final int SECURITY_GROUPS = 3000;
    static final int INSTANCES = 3000;
    static final int LOAD_BALANCERS = 500;
    static final int LISTENERS = 1000;
    static final int ECS_SERVICES = 1250;

    private SnapshotGenerator() {}

    static String generate() {
        StringBuilder sb = new StringBuilder(8 << 20).append("{\"schema_version\":\"1.0\"");
        list(sb, "vpcs", VPCS, i -> "{\"id\":\"vpc-" + i + "\",\"cidr\":\"10." + i + ".0.0/16\",\"tags\":"
                + (i % 10 == 0 ? "{}" : "{\"env\":\"" + env(i) + "\"}") + "}");
        list(sb, "route_tables", ROUTE_TABLES, i -> "{\"id\":\"rtb-" + i + "\",\"vpc_id\":\"vpc-" + (i % VPCS)
                + "\",\"routes\":[{\"destination_cidr\":\"10.0.0.0/8\",\"gateway_id\":\"local\"},"
                + "{\"destination_cidr\":\"0.0.0.0/0\",\"gateway_id\":\"" + (i % 4 == 0 ? "igw-" : "nat-") + i + "\"}]}");
        list(sb, "subnets", SUBNETS, i -> "{\"id\":\"subnet-" + i + "\",\"vpc_id\":\"vpc-" + (i % VPCS)
                + "\",\"route_table_id\":\"rtb-" + (i % ROUTE_TABLES) + "\",\"availability_zone\":\"eu-west-1"
                + (char) ('a' + i % 3) + "\",\"map_public_ip_on_launch\":" + (i % 25 == 0) + ",\"tags\":{\"env\":\""
                + env(i) + "\"}}");
        list(sb, "security_groups", SECURITY_GROUPS, i -> "{\"id\":\"sg-" + i + "\",\"vpc_id\":\"vpc-" + (i % VPCS)
                + "\",\"tags\":{\"env\":\"" + env(i) + "\"},\"ingress\":[{\"protocol\":\"tcp\",\"from_port\":443,"
                + "\"to_port\":443,\"cidr\":\"10.0.0.0/8\"},{\"protocol\":\"" + (i % 97 == 0 ? "-1" : "tcp")
                + "\",\"from_port\":" + (i % 31 == 0 ? 0 : 22) + ",\"to_port\":" + (i % 31 == 0 ? 65535 : 22)
                + ",\"cidr\":\"" + (i % 13 == 0 ? "0.0.0.0/0" : "10.1.0.0/16") + "\"}]}");
        list(sb, "instances", INSTANCES, i -> "{\"id\":\"i-" + i + "\",\"subnet_id\":\"subnet-" + (i % SUBNETS)
                + "\",\"security_group_ids\":[\"sg-" + (i % SECURITY_GROUPS) + "\",\"sg-" + ((i * 7) % SECURITY_GROUPS)
                + "\"],\"public_ip\":" + (i % 40 == 0 ? "\"54.0.0." + (i % 250) + "\"" : "null")
                + ",\"imds_v2\":" + (i % 9 != 0) + ",\"tags\":" + (i % 20 == 0 ? "{}" : "{\"env\":\"" + env(i) + "\"}")
                + "}");
        list(sb, "load_balancers", LOAD_BALANCERS, i -> "{\"id\":\"lb-" + i + "\",\"scheme\":\""
                + (i % 2 == 0 ? "internet-facing" : "internal") + "\",\"subnet_ids\":[\"subnet-" + (i % SUBNETS)
                + "\"" + (i % 11 == 0 ? "" : ",\"subnet-" + ((i + 1) % SUBNETS) + "\"") + "],\"security_group_ids\":"
                + "[\"sg-" + (i % SECURITY_GROUPS) + "\"]}");
        list(sb, "listeners", LISTENERS, i -> "{\"id\":\"listener-" + i + "\",\"load_balancer_id\":\"lb-"
                + (i % LOAD_BALANCERS) + "\",\"protocol\":\"" + (i % 2 == 0 ? "HTTP" : "HTTPS") + "\",\"port\":"
                + (i % 2 == 0 ? 80 : 443) + ",\"ssl_policy\":" + (i % 2 == 0 ? "null" : "\"ELBSecurityPolicy-"
                + (i % 7 == 0 ? "2016-08" : "TLS13-1-2-2021-06") + "\"") + ",\"default_action\":{\"type\":\""
                + (i % 6 == 0 ? "forward" : "redirect") + "\"}}");
        list(sb, "ecs_services", ECS_SERVICES, i -> "{\"id\":\"svc-" + i + "\",\"network_mode\":\""
                + (i % 15 == 0 ? "bridge" : "awsvpc") + "\",\"assign_public_ip\":\"" + (i % 33 == 0 ? "ENABLED" : "DISABLED")
                + "\",\"subnet_ids\":[\"subnet-" + ((i * 3) % SUBNETS) + "\"],\"security_group_ids\":[\"sg-"
                + ((i * 11) % SECURITY_GROUPS) + "\"],\"tags\":{\"env\":\"" + env(i) + "\"}}");
        return sb.append("}").toString();
    }

    private static String env(int i) {
        return i % 3 == 0 ? "prod" : "dev";
    }

    private static void list(StringBuilder sb, String name, int n, java.util.function.IntFunction<String> item) {
        sb.append(",\"").append(name).append("\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append(item.apply(i));
        }
        sb.append(']');
    }
}
