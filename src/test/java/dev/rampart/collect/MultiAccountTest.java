package dev.rampart.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotMerger;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several accounts in one snapshot: a role assumed in each account of a list or of the organisation, STS
 * credentials per account, every region an account has enabled, and shards that merge back to the whole.
 */
class MultiAccountTest {
    private static final String ROLE = "arn:aws:iam::{account}:role/RampartReadOnly";
    private static final String WEB_SHOP = "111111111111";
    private static final String PLATFORM = "222222222222";

    private AwsMock aws;

    @BeforeEach
    void start() {
        // The base identity is 999999999999; STS hands out one set of credentials per account, and each
        // account's calls are told apart by the access key they are signed with.
        aws = new AwsMock()
                .serve("accounts", null)
                .serve("webshop", "eu-west-1", PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1)
                .serve("estate", "us-east-1", PlantedCredentials.ASSUMED_ACCESS_KEY_ID_1)
                .fallback("empty");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void aRoleIsAssumedInEveryListedAccountWithTheExternalId() {
        Snapshot s = AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1")
                .roleArn(ROLE).accounts(List.of(PLATFORM, WEB_SHOP)).externalId("rampart-7f3a9c").build());

        assertThat(s.gaps()).isEmpty();
        assertThat(s.source().accounts()).containsExactly(WEB_SHOP, PLATFORM);
        assertThat(s.vpcs()).singleElement().extracting(Resource::account).isEqualTo(WEB_SHOP);
        for (String account : List.of(WEB_SHOP, PLATFORM)) {
            aws.server().verify(1, postRequestedFor(urlEqualTo("/"))
                    .withFormParam("Action", equalTo("AssumeRole"))
                    .withFormParam("RoleArn", equalTo("arn:aws:iam::" + account + ":role/RampartReadOnly"))
                    .withFormParam("RoleSessionName", equalTo("rampart-collect"))
                    .withFormParam("ExternalId", equalTo("rampart-7f3a9c")));
        }
    }

    @Test
    void anAccountWhoseRoleCannotBeAssumedIsAGapAndTheOthersAreCollected() {
        aws.override(aws.request("sts:AssumeRole", null, null)
                        .withFormParam("RoleArn", equalTo("arn:aws:iam::333333333333:role/RampartReadOnly")),
                AwsMock.recorded("errors/sts-AccessDenied.xml", 403));

        Snapshot s = AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1")
                .roleArn(ROLE).accounts(List.of(WEB_SHOP, "333333333333")).build());

        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.api()).isEqualTo("sts:AssumeRole");
            assertThat(g.account()).isEqualTo("333333333333");
            assertThat(g.region()).isNull();
            assertThat(g.errorCode()).isEqualTo("AccessDenied");
            assertThat(g.reason()).contains("arn:aws:iam::333333333333:role/RampartReadOnly");
        });
        assertThat(s.vpcs()).hasSize(1);
    }

    @Test
    void theOrganizationsActiveAccountsAreRead() {
        Snapshot s = AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1")
                .roleArn(ROLE).organization(true).build());

        assertThat(aws.requestsFor("organizations:ListAccounts")).isEqualTo(2);
        assertThat(s.source().accounts()).containsExactly(WEB_SHOP, PLATFORM, "999999999999"); // not the suspended one
        assertThat(aws.requestsFor("sts:AssumeRole")).isEqualTo(3);
        assertThat(s.gaps()).isEmpty();
    }

    @Test
    void allRegionsReadsTheRegionsEnabledInEachAccount() {
        CollectorFixture.withDefaultRegion("eu-west-1", () -> {
            CollectionProgress progress = new CollectionProgress();
            Snapshot s = AwsCollector.collect(CollectorFixture.options(aws).allRegions(true).progress(progress)
                    .roleArn(ROLE).accounts(List.of(WEB_SHOP, PLATFORM)).build());

            assertThat(aws.requestsFor("ec2:DescribeRegions")).isEqualTo(2);
            assertThat(s.source().regions()).containsExactly("eu-south-2", "eu-west-1", "us-east-1");
            assertThat(s.resources().map(Resource::region).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("eu-west-1", "us-east-1");
            assertThat(progress.counts().tasksPlanned()).isEqualTo(2 * 3 * Family.ALL.size());
            assertThat(progress.counts().tasksDone()).isEqualTo(progress.counts().tasksPlanned());
        });
    }

    @Test
    void resourcesSharedByAnotherScannedAccountAreLeftToThatAccount() {
        Snapshot s = AwsCollector.collect(CollectorFixture.options(aws, "us-east-1")
                .roleArn(ROLE).accounts(List.of(WEB_SHOP, PLATFORM)).build());

        // The estate sees a subnet and a security group that 222222222222 shares with it.
        assertThat(s.subnets()).extracting(Resource::id).doesNotContain("subnet-0aa0bb0cc0dd0ee0f");
        assertThat(s.securityGroups()).extracting(Resource::id).doesNotContain("sg-0f9e8d7c6b5a49382");
        assertThat(s.subnets()).hasSize(3);
    }

    @Test
    void shardsSplitTheWorkAndMergeBackToTheWhole() {
        CollectOptions.Builder all = CollectorFixture.options(aws, "eu-west-1", "us-east-1")
                .roleArn(ROLE).accounts(List.of(WEB_SHOP, PLATFORM));
        Snapshot whole = AwsCollector.collect(all.build());
        List<Snapshot> shards = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            shards.add(AwsCollector.collect(all.shard(new Shard(i, 4)).build()));
        }

        // SHA-256 puts 111111111111/us-east-1 and both 222222222222 units in shard 1, 111111111111/eu-west-1 in 3.
        assertThat(shards.get(0).source().regions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(shards.get(0).vpcs()).extracting(Resource::region).containsOnly("us-east-1");
        assertThat(shards.get(2).vpcs()).extracting(Resource::region).containsOnly("eu-west-1");
        Set<String> seen = new java.util.HashSet<>();
        for (Snapshot shard : shards) {
            shard.resources().forEach(r -> assertThat(seen.add(r.id())).as("in one shard only: " + r.id()).isTrue());
        }
        Snapshot merged = SnapshotMerger.merge(shards, "test", Instant.EPOCH);
        assertThat(merged.resources().toList()).isEqualTo(whole.resources().toList());
        assertThat(merged.gaps()).isEqualTo(whole.gaps());
        assertThat(merged.source().accounts()).isEqualTo(whole.source().accounts());
    }

    @Test
    void listedAccountsNeedARole() {
        assertThatThrownBy(() -> AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1")
                .accounts(List.of(WEB_SHOP)).build()))
                .isInstanceOf(CollectException.class).hasMessageContaining("--role-arn");
    }

    @Test
    void aRoleTemplateNeedsAccountsOrTheOrganization() {
        assertThatThrownBy(() -> AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1").roleArn(ROLE).build()))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("exactly one of --accounts and --organization");
    }

    @Test
    void credentialsThatDoNotWorkStopTheRunWithTheirReason() {
        aws.override(aws.request("sts:GetCallerIdentity", null, null),
                AwsMock.recorded("errors/sts-InvalidClientTokenId.xml", 403));

        assertThatThrownBy(() -> AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1").build()))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("the AWS credentials do not work: sts:GetCallerIdentity failed:"
                        + " The security token included in the request is invalid. (HTTP 403, InvalidClientTokenId)")
                .hasMessageNotContaining(PlantedCredentials.ACCESS_KEY_ID);
    }

    @Test
    void theManagementAccountCanBeReadLikeAnyOther() {
        Snapshot s = AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1")
                .roleArn("arn:aws:iam::999999999999:role/RampartReadOnly").build());

        assertThat(s.source().accounts()).containsExactly("999999999999");
        assertThat(s.gaps()).extracting(Gap::api).isEmpty();
    }
}
