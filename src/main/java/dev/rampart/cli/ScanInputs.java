package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.template.cdk.CloudAssemblyReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inputs of {@code rampart scan PATH…}: files and {@code cdk.out} directories as they are; any other
 * directory is searched for CloudFormation templates and cloud assemblies (not descending into an assembly,
 * {@code node_modules} or hidden directories), so {@code rampart scan .} in a CDK or CloudFormation repository
 * finds what to scan.
 */
final class ScanInputs {
    private static final Set<String> SKIPPED = Set.of("node_modules", "target", "build", "dist", "venv", "__pycache__");
    private static final Set<String> EXTENSIONS = Set.of(".json", ".yaml", ".yml", ".template");
    private static final int SNIFF = 256 * 1024;
    private static final Pattern AWS_TYPE = Pattern.compile("\"Type\"\\s*:\\s*\"AWS::|\\bType:\\s*['\"]?AWS::");

    private ScanInputs() {}

    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p) && !CloudAssemblyReader.isAssembly(p)) {
                List<Path> found = search(p);
                if (found.isEmpty()) {
                    throw new RampartException(p + ": no CloudFormation templates or CDK cdk.out directories in it");
                }
                out.addAll(found);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> search(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (d.equals(dir)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = d.getFileName().toString();
                    if (name.startsWith(".") || SKIPPED.contains(name)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (CloudAssemblyReader.isAssembly(d)) {
                        found.add(d);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isTemplate(f)) {
                        found.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new RampartException(dir + ": cannot search: " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }

    /** A template by its name and first bytes: a format version, or resources of AWS types. */
    static boolean isTemplate(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot)) || name.equals("manifest.json")) {
            return false;
        }
        String head;
        try (InputStream in = Files.newInputStream(f)) {
            head = new String(in.readNBytes(SNIFF), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (head.contains("AWSTemplateFormatVersion")) {
            return true;
        }
        return head.contains("Resources") && AWS_TYPE.matcher(head).find();
    }
}
