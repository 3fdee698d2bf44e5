package dev.rampart.template.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateParserTest {
    private static final Path BAD = Path.of("fixtures/templates/bad");

    private static TemplateNode yaml(String text) {
        return TemplateParser.parse(text.getBytes(StandardCharsets.UTF_8), "t.yaml", ParseLimits.DEFAULTS);
    }

    private static TemplateNode json(String text) {
        return TemplateParser.parse(text.getBytes(StandardCharsets.UTF_8), "t.json", ParseLimits.DEFAULTS);
    }

    private static MapNode map(TemplateNode n) {
        return (MapNode) n;
    }

    @Test
    void jsonKeysAndValuesCarryTheirLineAndColumn() {
        MapNode root = map(json("{\n  \"Resources\": {\n    \"Vpc\": {\"Type\": \"AWS::EC2::VPC\"}\n  }\n}"));
        MapNode.Entry vpc = map(root.get("Resources")).entry("Vpc");
        assertThat(vpc.keyPosition()).isEqualTo(new SourcePosition("t.json", 3, 5));
        assertThat(map(vpc.value()).get("Type").position()).isEqualTo(new SourcePosition("t.json", 3, 21));
    }

    @Test
    void yamlKeysAndValuesCarryTheirLineAndColumn() {
        MapNode root = map(yaml("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n"));
        MapNode.Entry vpc = map(root.get("Resources")).entry("Vpc");
        assertThat(vpc.keyPosition()).isEqualTo(new SourcePosition("t.yaml", 2, 3));
        assertThat(map(vpc.value()).get("Type").position()).isEqualTo(new SourcePosition("t.yaml", 3, 11));
    }

    @ParameterizedTest(name = "!{0} becomes {1}")
    @CsvSource({
        "Ref, Ref", "Condition, Condition", "Sub, Fn::Sub", "GetAtt, Fn::GetAtt", "If, Fn::If", "Join, Fn::Join",
        "Select, Fn::Select", "Split, Fn::Split", "FindInMap, Fn::FindInMap", "ImportValue, Fn::ImportValue",
        "GetAZs, Fn::GetAZs", "Base64, Fn::Base64", "Cidr, Fn::Cidr", "Equals, Fn::Equals", "And, Fn::And",
        "Or, Fn::Or", "Not, Fn::Not"
    })
    void eachShortFormTagBecomesItsLongForm(String tag, String longForm) {
        MapNode call = map(map(yaml("Value: !" + tag + " [a, b]\n")).get("Value"));
        assertThat(call.entries()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(longForm);
            assertThat(e.value()).isInstanceOf(ListNode.class);
        });
        assertThat(call.position()).isEqualTo(new SourcePosition("t.yaml", 1, 8));
    }

    @Test
    void aShortFormScalarIsAStringEvenWhenItLooksLikeANumber() {
        MapNode call = map(map(yaml("Value: !Ref 123\n")).get("Value"));
        assertThat(call.get("Ref")).isEqualTo(new StringNode("123", new SourcePosition("t.yaml", 1, 8)));
    }

    @Test
    void getAttScalarFormSplitsAtTheFirstDot() {
        MapNode call = map(map(yaml("Value: !GetAtt Nested.Outputs.GroupId\n")).get("Value"));
        ListNode args = (ListNode) call.get("Fn::GetAtt");
        assertThat(args.items()).extracting(n -> ((StringNode) n).value()).containsExactly("Nested", "Outputs.GroupId");
    }

    @Test
    void longAndShortFormsMix() {
        MapNode call = map(map(yaml("Value: !Select [0, !GetAZs {Ref: \"AWS::Region\"}]\n")).get("Value"));
        ListNode args = (ListNode) call.get("Fn::Select");
        MapNode getAzs = map(args.items().get(1));
        assertThat(map(getAzs.get("Fn::GetAZs")).get("Ref")).isInstanceOf(StringNode.class);
    }

    @Test
    void yamlScalarsAreTypedButNumbersKeepTheirText() {
        MapNode m = map(yaml("a: 1.10\nb: true\nc: ~\nd: '42'\ne: 10.0.0.0/16\n"));
        assertThat(m.get("a")).isInstanceOf(NumberNode.class).extracting("text").isEqualTo("1.10");
        assertThat(m.get("b")).isInstanceOf(BooleanNode.class);
        assertThat(m.get("c")).isInstanceOf(NullNode.class);
        assertThat(m.get("d")).isInstanceOf(StringNode.class);
        assertThat(m.get("e")).isInstanceOf(StringNode.class);
    }

    @Test
    void modestYamlAliasesAreExpanded() {
        MapNode m = map(yaml("base: &tags [{Key: env, Value: prod}]\ncopy: *tags\n"));
        assertThat(((ListNode) m.get("copy")).items()).hasSize(1);
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        Path file = BAD.resolve("malformed.json");
        assertThatThrownBy(() -> TemplateParser.parse(file, "bad/malformed.json", ParseLimits.DEFAULTS))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageStartingWith("bad/malformed.json:5:51: malformed JSON");
    }

    @Test
    void malformedYamlNamesTheFileLineAndColumn() {
        Path file = BAD.resolve("malformed.yaml");
        assertThatThrownBy(() -> TemplateParser.parse(file, "bad/malformed.yaml", ParseLimits.DEFAULTS))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageStartingWith("bad/malformed.yaml:6:23: malformed YAML");
    }

    @Test
    void duplicateKeysAreRejectedInBothSyntaxes() {
        assertThatThrownBy(() -> yaml("Resources:\n  A: 1\n  A: 2\n"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("t.yaml:3:3").hasMessageContaining("duplicate key \"A\"");
        assertThatThrownBy(() -> json("{\"A\": 1,\n \"A\": 2}"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("t.json:2:");
    }

    @Test
    void anUnknownTagIsRejectedWithItsPosition() {
        assertThatThrownBy(() -> yaml("Value: !Reference Vpc\n"))
                .isInstanceOf(TemplateSyntaxException.class)
                .hasMessageContaining("t.yaml:1:8").hasMessageContaining("!Reference");
    }

    @Test
    void anAliasBombIsRefusedBeforeItExpands() {
        Path file = BAD.resolve("alias-bomb.yaml");
        assertThatThrownBy(() -> TemplateParser.parse(file, "alias-bomb.yaml", ParseLimits.DEFAULTS))
                .isInstanceOf(TemplateLimitException.class)
                .hasMessageContaining("alias");
    }

    @Test
    void tooManyYamlAliasesAreRefusedBySnakeyamlsLimit() {
        StringBuilder b = new StringBuilder("a: &a [x]\nb: [");
        for (int i = 0; i < 12; i++) {
            b.append(i == 0 ? "" : ", ").append("*a");
        }
        b.append("]\n");
        ParseLimits tight = new ParseLimits(ParseLimits.DEFAULT_MAX_FILE_BYTES, 200, 10);
        assertThatThrownBy(() -> TemplateParser.parse(b.toString().getBytes(StandardCharsets.UTF_8), "t.yaml", tight))
                .isInstanceOf(TemplateLimitException.class)
                .hasMessageContaining("aliases");
    }

    @Test
    void jsonNestedBeyondTheDepthLimitIsRefused() {
        Path file = BAD.resolve("too-deep.json");
        assertThatThrownBy(() -> TemplateParser.parse(file, "too-deep.json", ParseLimits.DEFAULTS))
                .isInstanceOf(TemplateLimitException.class)
                .hasMessageContaining("too-deep.json:6:").hasMessageContaining("deeper than 200");
    }

    @Test
    void yamlNestedBeyondTheDepthLimitIsRefused() {
        Path file = BAD.resolve("too-deep.yaml");
        assertThatThrownBy(() -> TemplateParser.parse(file, "too-deep.yaml", ParseLimits.DEFAULTS))
                .isInstanceOf(TemplateLimitException.class)
                .hasMessageContaining("too-deep.yaml:5:").hasMessageContaining("deeper than 200");
    }

    @Test
    void aMillionLevelsOfNestingFailCleanlyNotWithAStackOverflow() {
        String deep = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        for (String name : List.of("deep.json", "deep.yaml")) {
            assertThatThrownBy(() -> TemplateParser.parse(deep.getBytes(StandardCharsets.UTF_8), name,
                            ParseLimits.DEFAULTS))
                    .isInstanceOf(TemplateLimitException.class);
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "Resources: {}\n" + "#".repeat(2000) + "\n");
        assertThatThrownBy(() -> TemplateParser.parse(file, "big.yaml", ParseLimits.DEFAULTS.withMaxFileBytes(1024)))
                .isInstanceOf(TemplateLimitException.class)
                .hasMessageContaining("big.yaml").hasMessageContaining("1024 bytes").hasMessageContaining("--max-file-size");
    }

    @Test
    void aMissingFileIsReportedByName() {
        assertThatThrownBy(() -> TemplateParser.parse(Path.of("no/such.yaml"), "no/such.yaml", ParseLimits.DEFAULTS))
                .hasMessageContaining("no/such.yaml");
    }

    @Test
    void anEmptyFileIsMalformed() {
        assertThatThrownBy(() -> yaml("")).isInstanceOf(TemplateSyntaxException.class);
        assertThatThrownBy(() -> json("  ")).isInstanceOf(TemplateSyntaxException.class);
    }
}
