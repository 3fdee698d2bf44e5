package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @Test
    void reportsGetTheModeTheUmaskGivesAnyNewFile(@TempDir Path dir) throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path plain = Files.createFile(dir.resolve("plain"));
        OutputFiles files = new OutputFiles();
        files.add(dir.resolve("report.sarif"), "{}");
        files.add(dir.resolve("sub/report.xml"), "<x/>");
        files.writeAll();
        assertThat(Files.getPosixFilePermissions(dir.resolve("report.sarif")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(dir.resolve("sub/report.xml")))
                .isEqualTo(Files.getPosixFilePermissions(plain));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain", "report.sarif", "sub");
        }
    }

    @Test
    void aReportRewrittenKeepsTheModeItHad(@TempDir Path dir) throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path report = Files.writeString(dir.resolve("private.txt"), "old");
        Files.setPosixFilePermissions(report, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        OutputFiles files = new OutputFiles();
        files.add(report, "new");
        files.writeAll();
        assertThat(Files.readString(report)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
                .isEqualTo("rw-------");
    }

    @Test
    void twoRunsInTheSameSecondGetTwoStamps(@TempDir Path dir) throws Exception {
        Instant now = Instant.parse("2026-12-04T07:00:00Z");
        try (History.Reservation first = History.reserve(dir.resolve("h"), now);
                History.Reservation second = History.reserve(dir.resolve("h"), now)) {
            assertThat(first.stamp()).isEqualTo("20261204T070000Z");
            assertThat(second.stamp()).isEqualTo("20261204T070000Z_002");
            Files.writeString(dir.resolve("h").resolve(first.stamp() + History.FINDINGS), "{}");
        }
        try (History.Reservation third = History.reserve(dir.resolve("h"), now)) {
            assertThat(third.stamp()).isEqualTo("20261204T070000Z_002"); // freed by the second run, never written
        }
        try (var left = Files.list(dir.resolve("h"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("20261204T070000Z.findings.json");
        }
    }
}
