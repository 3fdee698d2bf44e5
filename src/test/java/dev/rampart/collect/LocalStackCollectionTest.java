package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.RouteTable;
import dev.rampart.snapshot.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.VpcEndpointType;

/**
 * The collector against LocalStack's EC2 emulation: builds a VPC with two subnets, an internet gateway, a
 * public route table, an instance and an S3 gateway endpoint, then collects them. Skipped (quickly, by
 * Testcontainers' Docker check) where no Docker engine is available, as on the build machines.
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackCollectionTest {
    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
            .withServices(LocalStackContainer.Service.EC2, LocalStackContainer.Service.STS);

    @Test
    void aVpcBuiltInLocalStackIsCollected() {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
        String region = LOCALSTACK.getRegion();
        String vpc;
        String publicSubnet;
        String privateSubnet;
        String igw;
        String table;
        String instance;
        String endpoint;
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(LOCALSTACK.getEndpoint()).region(Region.of(region))
                .credentialsProvider(credentials).build()) {
            vpc = ec2.createVpc(r -> r.cidrBlock("10.30.0.0/16")).vpc().vpcId();
            publicSubnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.0.0/24")).subnet().subnetId();
            privateSubnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.30.1.0/24")).subnet().subnetId();
            igw = ec2.createInternetGateway(r -> { }).internetGateway().internetGatewayId();
            ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
            table = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
            ec2.createRoute(r -> r.routeTableId(table).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
            ec2.associateRouteTable(r -> r.routeTableId(table).subnetId(publicSubnet));
            String image = ec2.describeImages(r -> { }).images().get(0).imageId();
            instance = ec2.runInstances(r -> r.imageId(image).instanceType("t3.micro").minCount(1).maxCount(1)
                    .subnetId(privateSubnet)).instances().get(0).instanceId();
            endpoint = ec2.createVpcEndpoint(r -> r.vpcId(vpc).vpcEndpointType(VpcEndpointType.GATEWAY)
                    .serviceName("com.amazonaws." + region + ".s3").routeTableIds(table)).vpcEndpoint().vpcEndpointId();
        }

        Snapshot s = AwsCollector.collect(CollectOptions.builder().credentials(credentials)
                .endpointUrl(LOCALSTACK.getEndpoint()).regions(List.of(region)).build());

        // LocalStack's free edition emulates EC2 and STS; ECS, ELBv2, Auto Scaling and Cloud Map calls may fail.
        assertThat(s.gaps()).extracting(Gap::api).noneMatch(api -> api.startsWith("ec2:") || api.startsWith("sts:"));
        assertThat(s.vpcs()).anySatisfy(v -> {
            assertThat(v.id()).isEqualTo(vpc);
            assertThat(v.cidrBlock()).isEqualTo("10.30.0.0/16");
        });
        assertThat(s.subnets()).extracting(x -> x.id()).contains(publicSubnet, privateSubnet);
        assertThat(s.internetGateways()).anySatisfy(g -> {
            assertThat(g.id()).isEqualTo(igw);
            assertThat(g.attachments()).extracting(a -> a.vpcId()).containsExactly(vpc);
        });
        assertThat(s.routeTables()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(table);
            assertThat(t.associations()).extracting(RouteTable.Association::subnetId).containsExactly(publicSubnet);
            assertThat(t.routes()).anySatisfy(r -> {
                assertThat(r.destination()).isEqualTo("0.0.0.0/0");
                assertThat(r.target()).isEqualTo(new RouteTable.Target(RouteTable.TargetKind.IGW, igw));
            });
        });
        assertThat(s.instances()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(instance);
            assertThat(i.subnetId()).isEqualTo(privateSubnet);
        });
        assertThat(s.vpcEndpoints()).anySatisfy(e -> {
            assertThat(e.id()).isEqualTo(endpoint);
            assertThat(e.service()).isEqualTo("s3");
            assertThat(e.routeTableIds()).containsExactly(table);
        });
    }
}
