package dev.rampart.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official SARIF 2.1.0 schema from {@code ../shared/sarif/} (from a worktree {@code ../../shared/sarif/}),
 * never copied into the repository; absent from a plain checkout, where the tests using it skip.
 */
final class SarifSchema {
    private SarifSchema() {}

    static Path file() {
        for (Path p : List.of(Path.of("../shared/sarif/sarif-schema-2.1.0.json"),
                Path.of("../../shared/sarif/sarif-schema-2.1.0.json"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** Asserts {@code sarif} is valid against the schema, formats (uri, uri-reference, date-time) included. */
    static void assertValid(String sarif) {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode schemaNode = json.readTree(file().toFile());
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                    b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            Schema schema = registry.getSchema(schemaNode);
            List<Error> errors = schema.validate(json.readTree(sarif));
            assertThat(errors).as("SARIF schema errors").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
