package dev.rampart.bench;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.RampartProgram;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A scan's evaluation: 20 rules ({@code deny} sets, one package each, sharing a library of lookups by id)
 * evaluated one after the other over one generated snapshot of 10,000 resources ({@link SnapshotGenerator}),
 * the snapshot parsed once; one by one, and as one {@code evaluateAll}. Target (issue 4): under 1 s warm for
 * the whole pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class TwentyRulesBench {

    static final String LIB = """
            package bench.lib

            subnet_by_id := {s.id: s | some s in input.subnets}

            igw_route_tables contains rt.id if {
                some rt in input.route_tables
                some r in rt.routes
                r.destination_cidr == "0.0.0.0/0"
                startswith(r.gateway_id, "igw-")
            }

            public_subnets contains s.id if {
                some s in input.subnets
                igw_route_tables[s.route_table_id]
            }

            open_to_world(rule) if rule.cidr in {"0.0.0.0/0", "::/0"}

            world_open_sgs contains sg.id if {
                some sg in input.security_groups
                some rule in sg.ingress
                open_to_world(rule)
            }

            used_sgs contains id if some id in input.instances[_].security_group_ids
            used_sgs contains id if some id in input.ecs_services[_].security_group_ids
            used_sgs contains id if some id in input.load_balancers[_].security_group_ids
            """;

    /** Rule name → body of its {@code deny contains {"resource": …, "message": …} if { … }}. */
    static final List<String[]> RULES = List.of(
            rule("sg_open_ssh", "sg", "security_groups", """
                    some r in sg.ingress
                    lib.open_to_world(r)
                    r.from_port <= 22
                    r.to_port >= 22"""),
            rule("sg_open_rdp", "sg", "security_groups", """
                    some r in sg.ingress
                    lib.open_to_world(r)
                    r.from_port <= 3389
                    r.to_port >= 3389"""),
            rule("sg_all_traffic", "sg", "security_groups", """
                    some r in sg.ingress
                    r.protocol == "-1"
                    lib.open_to_world(r)"""),
            rule("sg_wide_ports", "sg", "security_groups", """
                    some r in sg.ingress
                    r.to_port - r.from_port > 1000"""),
            rule("sg_unused", "sg", "security_groups", "not lib.used_sgs[sg.id]"),
            rule("subnet_public_ip", "s", "subnets", "s.map_public_ip_on_launch == true"),
            rule("vpc_env_tag", "v", "vpcs", "not v.tags.env"),
            rule("instance_public_ip", "i", "instances", "i.public_ip != null"),
            rule("instance_public_subnet", "i", "instances", "lib.public_subnets[i.subnet_id]"),
            rule("instance_env_tag", "i", "instances", "not i.tags.env"),
            rule("instance_imdsv1", "i", "instances", "i.imds_v2 == false"),
            rule("instance_world_sg", "i", "instances", """
                    some id in i.security_group_ids
                    lib.world_open_sgs[id]"""),
            rule("lb_internal_public", "lb", "load_balancers", """
                    lb.scheme == "internal"
                    some id in lb.subnet_ids
                    lib.public_subnets[id]"""),
            rule("lb_facing_private", "lb", "load_balancers", """
                    lb.scheme == "internet-facing"
                    some id in lb.subnet_ids
                    not lib.public_subnets[id]"""),
            rule("lb_single_az", "lb", "load_balancers", """
                    azs := {lib.subnet_by_id[id].availability_zone | some id in lb.subnet_ids}
                    count(azs) < 2"""),
            rule("listener_http", "l", "listeners", """
                    l.protocol == "HTTP"
                    l.default_action.type != "redirect\""""),
            rule("listener_old_tls", "l", "listeners", """
                    l.protocol == "HTTPS"
                    not l.ssl_policy in data.config.ssl_policies"""),
            rule("ecs_public_ip", "svc", "ecs_services", "svc.assign_public_ip == \"ENABLED\""),
            rule("ecs_public_subnet", "svc", "ecs_services", """
                    some id in svc.subnet_ids
                    lib.public_subnets[id]"""),
            rule("ecs_not_awsvpc", "svc", "ecs_services", "svc.network_mode != \"awsvpc\""));

    private RampartProgram program;
    private List<String> entrypoints;
    private Value snapshot;
    private Value data;

    private static String[] rule(String name, String var, String kind, String body) {
        return new String[] {name, var, kind, body};
    }

    /** The 20 rule modules and the library, as Rego v1 sources. */
    static List<RegoSource> sources() {
        List<RegoSource> out = new ArrayList<>();
        out.add(new RegoSource("lib.rego", LIB));
        for (String[] r : RULES) {
            String body = r[3].lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
            out.add(new RegoSource(r[0] + ".rego", "package bench." + r[0] + "\nimport data.bench.lib\n\n"
                    + "deny contains {\"resource\": " + r[1] + ".id, \"message\": \"" + r[0] + "\"} if {\n"
                    + "    some " + r[1] + " in input." + r[2] + "\n" + body + "\n}\n"));
        }
        return out;
    }

    @Setup
    public void setUp() {
        CompileResult cr = RegoCompiler.compile(sources(), CompileOptions.DEFAULT);
        if (!cr.ok()) {
            throw new IllegalStateException("bench rules do not compile: " + cr.errors());
        }
        List<Entrypoint> eps = new ArrayList<>();
        entrypoints = new ArrayList<>();
        for (String[] r : RULES) {
            Entrypoint.Document d = Entrypoint.Document.of("data.bench." + r[0] + ".deny");
            eps.add(d);
            entrypoints.add(d.name());
        }
        program = RegoWasm.compile(cr.policy(), eps);
        String json = SnapshotGenerator.generate();
        snapshot = Values.fromJson(json);
        data = Values.fromJson("{\"config\": {\"ssl_policies\": [\"ELBSecurityPolicy-TLS13-1-2-2021-06\"]}}");
        int findings = 0;
        StringBuilder perRule = new StringBuilder();
        List<Value> all = twentyRulesAsOneEvaluation();
        for (int i = 0; i < entrypoints.size(); i++) {
            String ep = entrypoints.get(i);
            Value one = program.evaluate(ep, snapshot, data);
            if (!one.equals(all.get(i))) {
                throw new IllegalStateException(ep + ": evaluateAll and evaluate disagree");
            }
            int n = ((SetValue) one).size();
            findings += n;
            perRule.append(' ').append(ep.substring(ep.indexOf('/') + 1, ep.lastIndexOf('/'))).append('=').append(n);
        }
        System.out.printf("%n[TwentyRulesBench] snapshot %,d bytes, 10,000 resources; %d findings:%s%n",
                json.length(), findings, perRule);
    }

    /** Each rule its own evaluation: shared library rules are computed again for every rule. */
    @Benchmark
    public void twentyRulesOneByOne(Blackhole bh) {
        for (String ep : entrypoints) {
            bh.consume(program.evaluate(ep, snapshot, data));
        }
    }

    /** All rules as one evaluation ({@code evaluateAll}, as a scan runs them): the library is computed once. */
    @Benchmark
    public List<Value> twentyRulesAsOneEvaluation() {
        return program.evaluateAll(entrypoints, snapshot, data, dev.rampart.wasm.EvalOptions.DEFAULT);
    }
}
