package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EndpointOverridesTest {
    @Test
    void withoutOverridesEveryServiceGoesToAws() {
        assertThat(new EndpointOverrides(null, Map.of()).forService(AwsService.EC2)).isNull();
    }

    @Test
    void theEndpointOptionWinsOverTheVariables() {
        EndpointOverrides e = new EndpointOverrides(URI.create("http://localhost:4566"),
                Map.of("AWS_ENDPOINT_URL_EC2", "http://ec2.local:1", "AWS_ENDPOINT_URL", "http://all.local:2"));
        assertThat(e.forService(AwsService.EC2)).isEqualTo(URI.create("http://localhost:4566"));
    }

    @Test
    void aServiceVariableWinsOverTheGlobalVariable() {
        EndpointOverrides e = new EndpointOverrides(null, Map.of(
                "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2", "http://elb.local:1",
                "AWS_ENDPOINT_URL", "http://all.local:2"));
        assertThat(e.forService(AwsService.ELBV2)).isEqualTo(URI.create("http://elb.local:1"));
        assertThat(e.forService(AwsService.ECS)).isEqualTo(URI.create("http://all.local:2"));
    }

    @Test
    void serviceVariablesAreNamedAsTheAwsSdksNameThem() {
        assertThat(AwsService.AUTO_SCALING.endpointVariable()).isEqualTo("AWS_ENDPOINT_URL_AUTO_SCALING");
        assertThat(AwsService.SERVICE_DISCOVERY.endpointVariable()).isEqualTo("AWS_ENDPOINT_URL_SERVICEDISCOVERY");
        assertThat(AwsService.ELBV2.endpointVariable()).isEqualTo("AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2");
    }

    @Test
    void theVariablesCanBeIgnoredAsTheSdksAllow() {
        EndpointOverrides e = new EndpointOverrides(null, Map.of("AWS_ENDPOINT_URL", "http://all.local:2",
                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));
        assertThat(e.forService(AwsService.STS)).isNull();
    }

    @Test
    void anEndpointThatIsNotAUrlIsAnError() {
        assertThatThrownBy(() -> new EndpointOverrides(null, Map.of("AWS_ENDPOINT_URL_ECS", "localhost:4566"))
                .forService(AwsService.ECS))
                .isInstanceOf(CollectException.class)
                .hasMessageContaining("AWS_ENDPOINT_URL_ECS").hasMessageContaining("localhost:4566");
    }
}
