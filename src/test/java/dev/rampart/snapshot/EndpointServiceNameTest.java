package dev.rampart.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointServiceNameTest {

    @Test
    void splitsAnAwsServiceNameIntoRegionAndShortName() {
        assertThat(EndpointServiceName.parse("com.amazonaws.us-east-1.ecr.api"))
                .isEqualTo(new EndpointServiceName("us-east-1", "ecr.api"));
        assertThat(EndpointServiceName.parse("com.amazonaws.eu-west-1.s3"))
                .isEqualTo(new EndpointServiceName("eu-west-1", "s3"));
    }

    @Test
    void knowsTheShortNameWhenTheRegionIsUnknown() {
        assertThat(EndpointServiceName.parse("com.amazonaws." + EndpointServiceName.UNKNOWN_REGION + ".logs"))
                .isEqualTo(new EndpointServiceName(null, "logs"));
    }

    @Test
    void readsChinaGovCloudAndSagemakerNames() {
        assertThat(EndpointServiceName.parse("cn.com.amazonaws.cn-north-1.ecr.dkr"))
                .isEqualTo(new EndpointServiceName("cn-north-1", "ecr.dkr"));
        assertThat(EndpointServiceName.parse("com.amazonaws.us-gov-west-1.s3"))
                .isEqualTo(new EndpointServiceName("us-gov-west-1", "s3"));
        assertThat(EndpointServiceName.parse("aws.sagemaker.us-east-1.notebook"))
                .isEqualTo(new EndpointServiceName("us-east-1", "notebook"));
    }

    @Test
    void aPartnerServiceWithoutRegionIsNotParsed() {
        assertThat(EndpointServiceName.parse("com.amazonaws.vpce.svc-0123456789abcdef0")).isNull();
        assertThat(EndpointServiceName.parse(null)).isNull();
    }
}
