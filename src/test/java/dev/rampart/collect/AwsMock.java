package dev.rampart.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A fake AWS on WireMock for the collector tests: serves recorded AWS-format responses (EC2, ELBv2, Auto
 * Scaling and STS Query/XML; ECS, Organizations and Cloud Map JSON 1.1) from {@code src/test/resources/aws/},
 * to the real SDK clients over real HTTP.
 *
 * <p>A scenario is a folder with a {@code stubs.json} index: each entry names a call ({@code ec2:DescribeVpcs}),
 * the response file, and optionally request parameters it must match (form parameters for Query services,
 * top-level JSON fields for JSON services; a page token selects a later page). A scenario is served for one
 * region and optionally one access key, read from the request's SigV4 credential scope, so one server can
 * play several accounts and regions.
 */
public final class AwsMock implements AutoCloseable {
    private record Protocol(String signingName, boolean json, String versionOrTarget) {}

    private static final Map<String, Protocol> SERVICES = Map.of(
            "ec2", new Protocol("ec2", false, "2016-11-15"),
            "elasticloadbalancing", new Protocol("elasticloadbalancing", false, "2015-12-01"),
            "autoscaling", new Protocol("autoscaling", false, "2011-01-01"),
            "sts", new Protocol("sts", false, "2011-06-15"),
            "ecs", new Protocol("ecs", true, "AmazonEC2ContainerServiceV20141113"),
            "organizations", new Protocol("organizations", true, "AWSOrganizationsV20161128"),
            "servicediscovery", new Protocol("servicediscovery", true, "Route53AutoNaming_v20170314"));

    /** Priority of injected failures: above every scenario stub. */
    public static final int OVERRIDE = 1;
    private static final int SCENARIO = 10;
    private static final int FALLBACK = 30;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;

    public AwsMock() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().notifier(new Slf4jNotifier(false)));
        server.start();
    }

    public URI endpoint() {
        return URI.create(server.baseUrl());
    }

    public WireMockServer server() {
        return server;
    }

    /** Serves {@code scenario} to requests signed for {@code region} (any region when null) and any access key. */
    public AwsMock serve(String scenario, String region) {
        return serve(scenario, region, null);
    }

    /** Serves {@code scenario} to requests signed for {@code region} with {@code accessKeyId} (any when null). */
    public AwsMock serve(String scenario, String region, String accessKeyId) {
        stubScenario(scenario, region, accessKeyId, SCENARIO);
        return this;
    }

    /** Serves {@code scenario} to every request no other stub answers (an empty account, say). */
    public AwsMock fallback(String scenario) {
        stubScenario(scenario, null, null, FALLBACK);
        return this;
    }

    /** A request for {@code call} (e.g. {@code ec2:DescribeRouteTables}) in {@code region} (any when null). */
    public MappingBuilder request(String call, String region, String accessKeyId) {
        String service = call.substring(0, call.indexOf(':'));
        String operation = call.substring(call.indexOf(':') + 1);
        Protocol p = SERVICES.get(service);
        if (p == null) {
            throw new IllegalArgumentException("unknown service in " + call);
        }
        MappingBuilder m = post(urlEqualTo("/"));
        if (p.json()) {
            m.withHeader("X-Amz-Target", equalTo(p.versionOrTarget() + "." + operation));
        } else {
            m.withFormParam("Action", equalTo(operation)).withFormParam("Version", equalTo(p.versionOrTarget()));
        }
        String key = accessKeyId == null ? "[A-Z0-9]+" : Pattern.quote(accessKeyId);
        String scope = region == null ? "[a-z0-9-]+" : Pattern.quote(region);
        return m.withHeader("Authorization", matching(".*Credential=" + key + "/[0-9]{8}/" + scope + "/"
                + p.signingName() + "/aws4_request.*"));
    }

    /** Answers {@code call} in {@code region} with {@code response} ahead of every scenario (failure injection). */
    public void override(MappingBuilder request, ResponseDefinitionBuilder response) {
        server.stubFor(request.atPriority(OVERRIDE).willReturn(response));
    }

    /** A response with a recorded body ({@code errors/ec2-UnauthorizedOperation.xml}, say) and a status. */
    public static ResponseDefinitionBuilder recorded(String file, int status) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", file.endsWith(".json") ? "application/x-amz-json-1.1" : "text/xml;charset=UTF-8")
                .withHeader("x-amzn-RequestId", "0c3b9a2e-1d4f-4e5a-8b6c-7d8e9f0a1b2c")
                .withBody(resource(file));
    }

    /** The calls the server received, as {@code service:Operation}, sorted. */
    public TreeSet<String> callsReceived() {
        TreeSet<String> calls = new TreeSet<>();
        for (var event : server.getAllServeEvents()) {
            calls.add(callOf(event.getRequest()));
        }
        return calls;
    }

    /** How many requests for {@code call} the server received. */
    public long requestsFor(String call) {
        return server.getAllServeEvents().stream().filter(e -> callOf(e.getRequest()).equals(call)).count();
    }

    /** Every request body and header the server received, as text (for leak checks). */
    public String everythingReceived() {
        StringBuilder out = new StringBuilder();
        server.getAllServeEvents().forEach(e -> out.append(e.getRequest().getHeaders()).append('\n')
                .append(e.getRequest().getBodyAsString()).append('\n'));
        return out.toString();
    }

    private static String callOf(Request r) {
        String target = r.getHeader("X-Amz-Target");
        if (target != null && target.contains(".")) {
            String prefix = target.substring(0, target.indexOf('.'));
            for (var e : SERVICES.entrySet()) {
                if (e.getValue().versionOrTarget().equals(prefix)) {
                    return e.getKey() + ":" + target.substring(target.indexOf('.') + 1);
                }
            }
        }
        String action = null;
        String version = null;
        for (String pair : r.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals("Action")) {
                action = kv[1];
            } else if (kv.length == 2 && kv[0].equals("Version")) {
                version = kv[1];
            }
        }
        for (var e : SERVICES.entrySet()) {
            if (!e.getValue().json() && e.getValue().versionOrTarget().equals(version)) {
                return e.getKey() + ":" + action;
            }
        }
        return "unknown:" + action;
    }

    private void stubScenario(String scenario, String region, String accessKeyId, int basePriority) {
        JsonNode index;
        try {
            index = JSON.readTree(resource(scenario + "/stubs.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode stub : index) {
            String call = stub.get("call").asText();
            boolean json = SERVICES.get(call.substring(0, call.indexOf(':'))).json();
            MappingBuilder m = request(call, region, accessKeyId);
            int matchCount = 0;
            JsonNode match = stub.get("match");
            if (match != null) {
                for (Map.Entry<String, JsonNode> e : match.properties()) {
                    if (json) {
                        m.withRequestBody(matchingJsonPath("$." + e.getKey(), equalTo(e.getValue().asText())));
                    } else {
                        m.withFormParam(e.getKey(), equalTo(e.getValue().asText()));
                    }
                    matchCount++;
                }
            }
            // More specific stubs (a page token, an id) win over the plain first page.
            server.stubFor(m.atPriority(Math.max(OVERRIDE + 1, basePriority - matchCount))
                    .willReturn(recorded(scenario + "/" + stub.get("file").asText(), 200)));
        }
    }

    public static String resource(String path) {
        try (InputStream in = AwsMock.class.getResourceAsStream("/aws/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource aws/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario stub file, for tests that check them all. */
    static List<String> scenarioFiles(String scenario) {
        List<String> files = new ArrayList<>();
        try {
            for (JsonNode stub : JSON.readTree(resource(scenario + "/stubs.json"))) {
                files.add(scenario + "/" + stub.get("file").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @Override
    public void close() {
        server.stop();
    }
}
