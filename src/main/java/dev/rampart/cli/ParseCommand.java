package dev.rampart.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.RampartException;
import dev.rampart.rego.DeepStack;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.RegoSource;
import dev.rampart.rego.ast.AstJson;
import dev.rampart.rego.parse.RegoParser;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart parse FILE}: prints a module's syntax tree as JSON, with locations (for debugging). */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        description = {
            "Parse one Rego module and print its syntax tree as JSON, with the file, row and column of every "
                    + "node. Meant for debugging policies and the compiler.",
            "Syntax errors are printed as file:line:col: code: message (exit code 2)."
        })
final class ParseCommand implements Callable<Integer> {

    /** Trees nest deeper than Jackson's default limit allows (the parser bounds nesting itself). */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .build());

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .rego file to parse.")
    Path file;

    @Option(
            names = "--v0-compatible",
            description = "Read Rego v0 syntax (p { … }, p[x] { … }, keywords from future.keywords imports), "
                    + "as OPA's --v0-compatible. Modules that import rego.v1 are read as v1.")
    boolean v0Compatible;

    @Override
    public Integer call() throws Exception {
        RegoSource source = RegoFiles.read(file);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String json = DeepStack.call(() -> {
            RegoParser.ModuleResult r = RegoParser.parseModule(source, v0Compatible);
            if (r.module() == null) {
                for (RegoError e : r.errors()) {
                    err.println(e.format());
                }
                return null;
            }
            ObjectNode tree = AstJson.module(r.module());
            try {
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new RampartException("cannot print the syntax tree of " + file + ": " + e.getMessage(), e);
            }
        });
        err.flush();
        if (json == null) {
            return ExitCodes.ERROR;
        }
        out.println(json);
        out.flush();
        return ExitCodes.OK;
    }
}
