package dev.rampart.report;

import static dev.rampart.report.ReportFixtures.LISTENER;
import static dev.rampart.report.ReportFixtures.ORDERS;
import static dev.rampart.report.ReportFixtures.WEB;
import static dev.rampart.report.ReportFixtures.example;
import static dev.rampart.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.engine.ScanResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML: a suite per rule, a case per evaluated resource, failures for violations, skips for unknowns. */
class JunitReportTest {

    private static Document parse(ScanResult result) throws Exception {
        String xml = JunitReport.render(result, settings());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element suite(Document d, String ruleId) {
        NodeList suites = d.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if (s.getAttribute("name").startsWith(ruleId + " ")) {
                return s;
            }
        }
        throw new AssertionError("no suite " + ruleId);
    }

    private static Element testcase(Element suite, String resource) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("name").equals(resource)) {
                return c;
            }
        }
        throw new AssertionError("no case " + resource);
    }

    @Test
    void thereIsOneSuitePerRuleAndOneCasePerEvaluatedResource() throws Exception {
        Document d = parse(example());

        Element root = d.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<String> names = new ArrayList<>();
        NodeList suites = d.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            names.add(((Element) suites.item(i)).getAttribute("name"));
        }
        assertThat(names).containsExactly("EPT-004 VPCs with awslogs tasks have a CloudWatch Logs endpoint",
                "LB-001 Internet-facing ALB listeners redirect HTTP to HTTPS", "NET-009 One environment per VPC",
                "SC-001 Sensitive Service Connect traffic is encrypted");
        assertThat(suite(d, "SC-001").getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(suite(d, "SC-001").getAttribute("tests")).isEqualTo("2");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void aViolationIsAFailureWithMessageLocationAndRemediation() throws Exception {
        Element c = testcase(suite(parse(example()), "LB-001"), LISTENER);

        Element failure = (Element) c.getElementsByTagName("failure").item(0);
        assertThat(c.getAttribute("classname")).isEqualTo("LB-001");
        assertThat(failure.getAttribute("message")).startsWith("The HTTP listener of PublicAlb forwards");
        assertThat(failure.getAttribute("type")).isEqualTo("high");
        assertThat(failure.getTextContent()).contains("at fixtures/example/cdk.out/RampartExample.template.json:1787")
                .contains("Remediation: Make the HTTP listener's default action");
    }

    @Test
    void anUnknownIsSkippedAndAPassIsAnEmptyCase() throws Exception {
        Element sc = suite(parse(example()), "SC-001");

        Element web = testcase(sc, WEB);
        assertThat(web.getElementsByTagName("skipped").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .isEqualTo("unknown: its tags could not be resolved");
        Element orders = testcase(sc, ORDERS);
        assertThat(orders.getElementsByTagName("failure").getLength()).isEqualTo(1);
        Element net009 = suite(parse(example()), "NET-009");
        assertThat(net009.getAttribute("failures")).isEqualTo("0");
        assertThat(((Element) net009.getElementsByTagName("testcase").item(0)).getChildNodes().getLength())
                .as("a passing case has no failure, skipped or output").isLessThanOrEqualTo(1);
    }

    @Test
    void aSuppressedFindingPassesWithTheSuppressionInItsOutput() throws Exception {
        Element orders = testcase(suite(parse(SarifReportTest.everything()), "SC-001"), ORDERS);

        assertThat(orders.getElementsByTagName("failure").getLength()).isZero();
        assertThat(orders.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("suppressed:").contains("mTLS in the application");
    }

    @Test
    void specialCharactersAreEscaped() {
        assertThat(JunitReport.attr("a<b & \"c\"\n")).isEqualTo("a&lt;b &amp; &quot;c&quot;&#10;");
        assertThat(JunitReport.text("x\u0001y")).isEqualTo("xy");
    }
}
