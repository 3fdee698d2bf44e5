package dev.rampart.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.EcsService;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Snapshot;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls that fail after retries become gaps (account, region, API, code, reason) and collection goes on; a
 * listing is used whole or not at all; a call about particular resources leaves only their fields unknown.
 */
class CollectionFailureTest {
    private static final String REGION = "eu-west-1";
    private static final String ACCOUNT = "111111111111";
    private static final String ORDERS = "arn:aws:ecs:eu-west-1:111111111111:service/web-shop/orders";

    private AwsMock aws;

    @BeforeEach
    void start() {
        aws = new AwsMock().serve("webshop", REGION).fallback("empty");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private Snapshot collect() {
        return AwsCollector.collect(CollectorFixture.options(aws, REGION).build());
    }

    private void fail(String call, String errorFile, int status) {
        aws.override(aws.request(call, REGION, null), AwsMock.recorded(errorFile, status));
    }

    // Throttling tests throttle the only call of its client: AWS's adaptive retry mode then also slows that
    // client's later calls down, which is right for AWS and only slows the test.
    @Test
    void throttlingIsRetriedUntilTheCallSucceeds() {
        aws.server().stubFor(aws.request("servicediscovery:ListNamespaces", REGION, null).atPriority(AwsMock.OVERRIDE)
                .inScenario("throttled once").whenScenarioStateIs(STARTED).willSetStateTo("recovered")
                .willReturn(AwsMock.recorded("errors/servicediscovery-ThrottlingException.json", 400)));

        Snapshot s = collect();

        assertThat(s.gaps()).isEmpty();
        assertThat(s.ecsClusters()).singleElement().satisfies(c ->
                assertThat(c.serviceConnectNamespace()).isEqualTo("internal.local"));
        assertThat(aws.requestsFor("servicediscovery:ListNamespaces")).isEqualTo(2);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsAGapAndTheRestIsCollected() {
        fail("elasticloadbalancing:DescribeTags", "errors/elbv2-Throttling.xml", 400);

        Snapshot s = collect();

        assertThat(s.gaps()).hasSize(3).allSatisfy(g -> {
            assertThat(g.kind()).isEqualTo(Gap.Kind.COLLECTION);
            assertThat(g.api()).isEqualTo("elasticloadbalancing:DescribeTags");
            assertThat(g.errorCode()).isEqualTo("Throttling");
            assertThat(g.account()).isEqualTo(ACCOUNT);
            assertThat(g.region()).isEqualTo(REGION);
            assertThat(g.reason()).startsWith("tags could not be collected: Rate exceeded");
        });
        assertThat(aws.requestsFor("elasticloadbalancing:DescribeTags"))
                .isEqualTo(CollectorFixture.FAST_RETRY.maxAttempts());
        assertThat(s.loadBalancers()).singleElement().satisfies(lb -> assertThat(lb.tags()).isNull());
        assertThat(s.subnets()).hasSize(4);
        assertThat(s.ecsServices()).hasSize(2);
    }

    @Test
    void accessDeniedOnOneApiIsAGapAndTheRestIsCollected() {
        fail("ec2:DescribeRouteTables", "errors/ec2-UnauthorizedOperation.xml", 403);

        Snapshot s = collect();

        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.api()).isEqualTo("ec2:DescribeRouteTables");
            assertThat(g.errorCode()).isEqualTo("AccessDenied");
            assertThat(g.reason()).contains("is not authorized to perform: ec2:DescribeRouteTables")
                    .contains("HTTP 403, UnauthorizedOperation")
                    .doesNotContain("4hF8xGfnM2qEXAMPLE"); // the encoded authorization message is dropped
        });
        assertThat(aws.requestsFor("ec2:DescribeRouteTables")).isEqualTo(1); // access denied is not retried
        assertThat(s.routeTables()).isEmpty();
        assertThat(s.vpcs()).hasSize(1);
        assertThat(s.loadBalancers()).hasSize(1);
    }

    @Test
    void aListingWithOneFailedPageIsLeftOutWhole() {
        aws.override(aws.request("ec2:DescribeRouteTables", REGION, null)
                        .withFormParam("NextToken", equalTo("eyJ2IjoiMiIsImMiOiJydGIiLCJzIjozfQ==")),
                AwsMock.recorded("errors/ec2-UnauthorizedOperation.xml", 403));

        Snapshot s = collect();

        assertThat(aws.requestsFor("ec2:DescribeRouteTables")).isEqualTo(2);
        assertThat(s.routeTables()).isEmpty(); // not the three tables of the first page
        assertThat(s.gaps()).singleElement().extracting(Gap::api).isEqualTo("ec2:DescribeRouteTables");
    }

    @Test
    void aMalformedResponseIsAGap() {
        fail("ec2:DescribeRouteTables", "errors/ec2-malformed.xml", 200);

        Snapshot s = collect();

        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.api()).isEqualTo("ec2:DescribeRouteTables");
            assertThat(g.errorCode()).isEqualTo("MalformedResponse");
        });
        assertThat(s.routeTables()).isEmpty();
        assertThat(s.securityGroups()).hasSize(6);
    }

    @Test
    void aResourceWithoutItsIdIsAMalformedResponseGap() {
        fail("ec2:DescribeVpcs", "errors/ec2-DescribeVpcs-item-without-id.xml", 200);

        Snapshot s = collect();

        assertThat(s.vpcs()).isEmpty();
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.api()).isEqualTo("ec2:DescribeVpcs");
            assertThat(g.errorCode()).isEqualTo("MalformedResponse");
            assertThat(g.reason()).contains("a VPC without VpcId");
        });
    }

    @Test
    void aCallThatTimesOutIsAGap() {
        aws.override(aws.request("ec2:DescribeNatGateways", REGION, null),
                AwsMock.recorded("webshop/ec2/DescribeNatGateways.xml", 200).withFixedDelay(8_000));
        // Generous enough that no other call hits it on a busy build machine.
        RetrySettings quick = CollectorFixture.FAST_RETRY.withMaxAttempts(1).withAttemptTimeout(Duration.ofSeconds(2));

        Snapshot s = AwsCollector.collect(CollectorFixture.options(aws, REGION).retry(quick).build());

        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.api()).isEqualTo("ec2:DescribeNatGateways");
            assertThat(g.errorCode()).isEqualTo("Timeout");
        });
        assertThat(s.natGateways()).isEmpty();
        assertThat(s.internetGateways()).hasSize(1);
    }

    @Test
    void aTaskDefinitionThatCannotBeReadLeavesTheNetworkModeOfItsServicesUnknown() {
        aws.override(aws.request("ecs:DescribeTaskDefinition", REGION, null).withRequestBody(matchingJsonPath(
                        "$.taskDefinition", equalTo("arn:aws:ecs:eu-west-1:111111111111:task-definition/orders:3"))),
                AwsMock.recorded("errors/ecs-AccessDeniedException.json", 400));

        Snapshot s = collect();

        assertThat(s.ecsTaskDefinitions()).singleElement().extracting(d -> d.family()).isEqualTo("web");
        assertThat(s.ecsServices()).filteredOn(e -> e.id().equals(ORDERS)).singleElement()
                .extracting(EcsService::networkMode).isNull();
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isEqualTo(ORDERS);
            assertThat(g.field()).isEqualTo("/network_mode");
            assertThat(g.api()).isEqualTo("ecs:DescribeTaskDefinition");
            assertThat(g.errorCode()).isEqualTo("AccessDenied");
        });
    }

    @Test
    void tagsThatCannotBeReadAreUnknownWithAGapForEachResource() {
        fail("elasticloadbalancing:DescribeTags", "errors/elbv2-AccessDenied.xml", 403);

        Snapshot s = collect();

        assertThat(s.loadBalancers()).singleElement().satisfies(lb -> assertThat(lb.tags()).isNull());
        assertThat(s.listeners()).singleElement().satisfies(l -> assertThat(l.tags()).isNull());
        assertThat(s.targetGroups()).singleElement().satisfies(tg -> assertThat(tg.tags()).isNull());
        assertThat(s.gaps()).hasSize(3).allSatisfy(g -> {
            assertThat(g.field()).isEqualTo("/tags");
            assertThat(g.api()).isEqualTo("elasticloadbalancing:DescribeTags");
        }).extracting(Gap::resource).containsExactlyInAnyOrder(s.loadBalancers().get(0).id(),
                s.listeners().get(0).id(), s.targetGroups().get(0).id());
    }

    @Test
    void aVpcAttributeThatCannotBeReadLeavesOnlyThatFieldUnknown() {
        aws.override(aws.request("ec2:DescribeVpcAttribute", REGION, null)
                        .withFormParam("Attribute", equalTo("enableDnsHostnames")),
                AwsMock.recorded("errors/ec2-UnauthorizedOperation.xml", 403));

        Snapshot s = collect();

        assertThat(s.vpcs()).singleElement().satisfies(v -> {
            assertThat(v.enableDnsHostnames()).isNull();
            assertThat(v.enableDnsSupport()).isTrue();
        });
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isEqualTo("vpc-0b3f8a2c9d1e4f567");
            assertThat(g.field()).isEqualTo("/enable_dns_hostnames");
        });
    }

    @Test
    void namespacesThatCannotBeNamedAreUnknown() {
        fail("servicediscovery:ListNamespaces", "errors/servicediscovery-AccessDeniedException.json", 400);

        Snapshot s = collect();

        assertThat(s.ecsClusters()).singleElement().satisfies(c -> assertThat(c.serviceConnectNamespace()).isNull());
        assertThat(s.ecsServices()).allSatisfy(e -> assertThat(e.serviceConnect().namespace()).isNull());
        assertThat(s.gaps()).hasSize(3).extracting(Gap::field)
                .containsExactlyInAnyOrder("/service_connect_namespace", "/service_connect/namespace",
                        "/service_connect/namespace");
    }

    @Test
    void servicesThatCannotBeListedAreAGapNamingTheirCluster() {
        fail("ecs:ListServices", "errors/ecs-AccessDeniedException.json", 400);

        Snapshot s = collect();

        assertThat(s.ecsServices()).isEmpty();
        assertThat(s.ecsTaskDefinitions()).isEmpty();
        assertThat(s.ecsClusters()).hasSize(1);
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.api()).isEqualTo("ecs:ListServices");
            assertThat(g.resource()).isEqualTo("arn:aws:ecs:eu-west-1:111111111111:cluster/web-shop");
        });
    }

    @Test
    void anEmptyAccountGivesAnEmptySnapshotWithoutGaps() {
        try (AwsMock empty = new AwsMock().fallback("empty")) {
            CollectionProgress progress = new CollectionProgress();
            Snapshot s = AwsCollector.collect(CollectorFixture.options(empty, REGION).progress(progress).build());

            assertThat(s.resources()).isEmpty();
            assertThat(s.gaps()).isEmpty();
            assertThat(s.source().accounts()).containsExactly(ACCOUNT);
            assertThat(s.source().regions()).containsExactly(REGION);
            assertThat(progress.counts().tasksDone()).isEqualTo(progress.counts().tasksPlanned())
                    .isEqualTo(Family.ALL.size());
            // docs/scaling.md counts on this: an empty region costs 14 calls (one page of each listing), plus
            // sts:GetCallerIdentity once per run.
            assertThat(progress.counts().calls()).isEqualTo(14 + 1);
        }
    }
}
