package dev.rampart.engine;

import dev.rampart.RampartException;
import dev.rampart.snapshot.Suppression;
import dev.rampart.template.tree.BooleanNode;
import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.NumberNode;
import dev.rampart.template.tree.ParseLimits;
import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import dev.rampart.template.tree.TemplateParser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads suppressions: the central file ({@code --suppressions FILE}, YAML or JSON, format in the README) and the
 * entries templates carry in the snapshot. Every entry needs a reason (the central file also an owner); an
 * entry Rampart cannot read is an error naming its line.
 */
public final class SuppressionFile {
    /** Where {@code rampart scan} looks when {@code --suppressions} is not given. */
    public static final Path DEFAULT = Path.of(".rampart", "suppressions.yaml");

    private static final Set<String> KEYS = Set.of("rule", "resource", "tags", "account", "region", "stack",
            "construct_path", "reason", "owner", "expires");

    private SuppressionFile() {}

    /**
     * The central file a scan uses: {@code given} ({@code --suppressions}) when there is one, else
     * {@link #DEFAULT} under {@code workingDir} when it exists, else null.
     */
    public static Path choose(Path given, Path workingDir) {
        if (given != null) {
            return given;
        }
        Path fallback = workingDir.resolve(DEFAULT);
        return java.nio.file.Files.isRegularFile(fallback) ? fallback : null;
    }

    /** The entries of the central file {@code file} ({@code display}: how messages name it). */
    public static List<SuppressionRule> read(Path file, String display) {
        TemplateNode root;
        try {
            root = TemplateParser.parse(file, display, ParseLimits.DEFAULTS);
        } catch (RampartException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        if (!(root instanceof MapNode top) || !(top.get("suppressions") instanceof ListNode list)) {
            throw new ConfigException(display + ": a suppressions file is a mapping with a 'suppressions' list");
        }
        for (MapNode.Entry e : top.entries()) {
            if (!e.key().equals("suppressions") && !e.key().equals("version")) {
                throw new ConfigException(e.keyPosition() + ": unknown key '" + e.key() + "' (known: version, suppressions)");
            }
            // a later version may mean something this Rampart would misread: refuse it rather than guess
            if (e.key().equals("version") && !(e.value() instanceof NumberNode n && n.text().equals("1"))
                    && !(e.value() instanceof StringNode v && v.value().equals("1"))) {
                throw new ConfigException(e.keyPosition() + ": suppressions file version " + scalar(e.value())
                        + " is not supported (this Rampart reads version 1)");
            }
        }
        List<SuppressionRule> out = new ArrayList<>();
        for (TemplateNode item : list.items()) {
            out.add(entry(item));
        }
        return out;
    }

    /** The rules of the suppressions a snapshot carries from its templates. */
    public static List<SuppressionRule> fromSnapshot(List<Suppression> suppressions) {
        List<SuppressionRule> out = new ArrayList<>();
        for (Suppression s : suppressions) {
            String origin = s.location() == null || s.location().file() == null ? s.resource()
                    : s.location().file() + ":" + s.location().line();
            String what = origin + ": the suppression of " + s.rule() + " on " + s.resource();
            if (s.reason() == null || s.reason().isBlank()) {
                throw new ConfigException(what + " has no reason (Metadata.rampart.suppress entries need 'reason')");
            }
            out.add(new SuppressionRule(SuppressionRule.Kind.IN_SOURCE, Glob.of(s.rule()), Glob.exact(s.resource()),
                    Map.of(), null, null, null, null, s.reason().strip(), s.owner(), date(s.expires(), what), origin));
        }
        return out;
    }

    private static SuppressionRule entry(TemplateNode item) {
        if (!(item instanceof MapNode m)) {
            throw new ConfigException(item.position() + ": a suppression is a mapping (rule, resource, reason, owner, …)");
        }
        for (MapNode.Entry e : m.entries()) {
            if (!KEYS.contains(e.key())) {
                throw new ConfigException(e.keyPosition() + ": unknown key '" + e.key() + "' in a suppression (known: "
                        + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        SourcePosition at = m.position();
        String rule = text(m, "rule");
        if (rule == null || rule.isBlank()) {
            throw new ConfigException(at + ": a suppression needs 'rule' (a rule id such as NET-001, or a pattern)");
        }
        String reason = text(m, "reason");
        if (reason == null || reason.isBlank()) {
            throw new ConfigException(at + ": the suppression of " + rule + " has no reason");
        }
        String owner = text(m, "owner");
        if (owner == null || owner.isBlank()) {
            throw new ConfigException(at + ": the suppression of " + rule + " has no owner");
        }
        Map<String, Glob> globs = new LinkedHashMap<>();
        for (String key : SuppressionRule.PATTERN_KEYS) {
            String v = text(m, key);
            globs.put(key, v == null ? null : Glob.of(v));
        }
        return new SuppressionRule(SuppressionRule.Kind.EXTERNAL, Glob.of(rule), globs.get("resource"), tags(m),
                globs.get("account"), globs.get("region"), globs.get("stack"), globs.get("construct_path"),
                reason.strip(), owner.strip(), date(text(m, "expires"), at + ": the suppression of " + rule),
                at.file() + ":" + at.line());
    }

    private static Map<String, Glob> tags(MapNode m) {
        TemplateNode t = m.get("tags");
        if (t == null) {
            return Map.of();
        }
        if (!(t instanceof MapNode tags)) {
            throw new ConfigException(t.position() + ": 'tags' is a mapping of tag key to value (or pattern)");
        }
        Map<String, Glob> out = new LinkedHashMap<>();
        for (MapNode.Entry e : tags.entries()) {
            out.put(e.key(), Glob.of(scalar(e.value(), "tag " + e.key())));
        }
        return out;
    }

    private static String text(MapNode m, String key) {
        TemplateNode v = m.get(key);
        return v == null ? null : scalar(v, "'" + key + "'");
    }

    // Account ids and dates are often written unquoted; any scalar is taken as its text.
    private static String scalar(TemplateNode v, String what) {
        return switch (v) {
            case StringNode s -> s.value();
            case NumberNode n -> n.text();
            case BooleanNode b -> Boolean.toString(b.value());
            default -> throw new ConfigException(v.position() + ": " + what + " must be a single value");
        };
    }

    private static LocalDate date(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigException(what + ": 'expires' must be a date YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static String scalar(TemplateNode n) {
        return switch (n) {
            case NumberNode num -> num.text();
            case StringNode str -> "\"" + str.value() + "\"";
            default -> "of that form";
        };
    }
}
