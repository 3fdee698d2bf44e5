package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart parse} and {@code rampart check}. */
class RegoCommandsTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {}

    private static Run rampart(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rampart.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void checkPassesOnModulesThatCompile() throws IOException {
        write("policies/a.rego", "package a\nimport data.lib\nallow if lib.ok");
        write("policies/lib/lib.rego", "package lib\nok := true");
        Run run = rampart("check", dir.resolve("policies").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkPrintsEveryErrorWithFileLineAndColumn() throws IOException {
        Path f = write("bad.rego", "package bad\n\np if {\n  x > 1\n}\n\nq := foo(1)\n");
        Run run = rampart("check", f.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).isEqualTo(f + ":7:6: rego_type_error: undefined function foo\n");
    }

    @Test
    void checkReportsSeveralErrorsOfOneStage() throws IOException {
        Path f = write("bad.rego", "package bad\np if { x > 1 }\nq if { y > 1 }\n");
        Run run = rampart("check", f.toString());
        assertThat(run.err().lines()).containsExactly(
                f + ":2:8: rego_unsafe_var_error: var x is unsafe",
                f + ":3:8: rego_unsafe_var_error: var y is unsafe");
    }

    @Test
    void checkReadsV0SyntaxWhenAsked() throws IOException {
        Path f = write("old.rego", "package old\nallow { input.admin }\ns[x] { x := input.xs[_] }\n");
        assertThat(rampart("check", f.toString()).exitCode()).isEqualTo(ExitCodes.ERROR);
        Run run = rampart("check", "--v0-compatible", f.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void checkNamesAMissingPath() {
        Run run = rampart("check", dir.resolve("nope.rego").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("no such file or directory").contains("nope.rego");
    }

    @Test
    void checkRefusesADirectoryWithoutModules() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Run run = rampart("check", dir.resolve("empty").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("no .rego files found in");
    }

    @Test
    void parsePrintsTheSyntaxTreeWithLocations() throws IOException {
        Path f = write("p.rego", "package p\n\nallow if input.admin == true\n");
        Run run = rampart("parse", f.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode tree = new ObjectMapper().readTree(run.out());
        JsonNode rule = tree.get("rules").get(0);
        assertThat(rule.get("head").get("ref").get("value").get(0).get("value").asText()).isEqualTo("allow");
        assertThat(rule.get("location").get("row").asInt()).isEqualTo(3);
        JsonNode expr = rule.get("body").get(0);
        assertThat(expr.get("terms").get(0).get("value").get(0).get("value").asText()).isEqualTo("equal");
        assertThat(expr.get("location").get("col").asInt()).isEqualTo(10);
    }

    @Test
    void parseReportsSyntaxErrors() throws IOException {
        Path f = write("p.rego", "package p\nallow if {\n");
        Run run = rampart("parse", f.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(f + ":3:1: rego_parse_error: ");
    }

    @Test
    void parseReadsV0SyntaxWhenAsked() throws IOException {
        Path f = write("p.rego", "package p\nallow { true }\n");
        assertThat(rampart("parse", "--v0-compatible", f.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }
}
