package dev.rampart.template.tree;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.YamlUnicodeReader;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML into a {@link TemplateNode} tree through snakeyaml-engine's composer (node marks give line and
 * column), with CloudFormation's short-form tags constructed into long forms. Guards: nesting depth
 * (checked on parser events, before the recursive composer), snakeyaml-engine's alias limit and
 * code-point limit, and a bound on how far aliases may expand the tree.
 */
final class YamlTreeParser {
    // Aliases may repeat parts of a document, but not blow it up: at most twice its own size plus this.
    private static final long ALIAS_EXPANSION_ALLOWANCE = 100_000;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final String file;
    private final ParseLimits limits;
    private final Map<Node, Boolean> expanding = new IdentityHashMap<>();
    private long budget;

    private YamlTreeParser(String file, ParseLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    static TemplateNode parse(byte[] content, String file, ParseLimits limits) {
        return new YamlTreeParser(file, limits).read(content);
    }

    private TemplateNode read(byte[] content) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setUseMarks(true)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxYamlAliases())
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .setSchema(new CoreSchema())
                .build();
        Node root;
        DepthLimitingParser parser;
        try {
            StreamReader reader = new StreamReader(settings, new YamlUnicodeReader(new ByteArrayInputStream(content)));
            parser = new DepthLimitingParser(new ParserImpl(settings, reader), file, limits.maxDepth());
            Optional<Node> single = new Composer(settings, parser).getSingleNode();
            if (single.isEmpty()) {
                throw new TemplateSyntaxException(file, 1, 1, "malformed YAML: the file holds no document");
            }
            root = single.get();
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = m == null ? 1 : m.getLine() + 1;
            int column = m == null ? 1 : m.getColumn() + 1;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            if (e.getContext() != null && !e.getContext().isBlank()) {
                problem = e.getContext() + ": " + problem;
            }
            throw new TemplateSyntaxException(file, line, column, "malformed YAML: " + oneLine(problem));
        } catch (YamlEngineException e) {
            String message = oneLine(e.getMessage());
            if (message.contains("aliases") || message.contains("code points") || message.contains("limit")) {
                throw new TemplateLimitException(file + ": " + message);
            }
            throw new TemplateSyntaxException(file, 1, 1, "malformed YAML: " + message);
        }
        budget = 2 * parser.nodes() + ALIAS_EXPANSION_ALLOWANCE;
        return convert(root, 0);
    }

    private TemplateNode convert(Node node, int depth) {
        if (--budget < 0) {
            throw new TemplateLimitException(file + ": YAML aliases expand the document to more than twice its size"
                    + " (an alias bomb?); Rampart refuses to expand it");
        }
        SourcePosition at = position(node);
        String tag = node.getTag().getValue();
        boolean shortForm = ShortFormTags.isShortForm(tag);
        if (!shortForm && tag.startsWith("!") && !tag.startsWith("!!")) {
            throw new TemplateSyntaxException(file, at.line(), at.column(),
                    "unknown tag " + tag + " (CloudFormation's short forms are !Ref, !Sub, !GetAtt, …)");
        }
        TemplateNode value = switch (node) {
            case ScalarNode s -> shortForm ? new StringNode(s.getValue(), at) : scalar(s, at);
            case SequenceNode s -> sequence(s, depth, at);
            case MappingNode m -> mapping(m, depth, at);
            default -> throw new TemplateSyntaxException(file, at.line(), at.column(), "unsupported YAML node");
        };
        return shortForm ? ShortFormTags.construct(tag, value, node instanceof ScalarNode, at) : value;
    }

    private TemplateNode scalar(ScalarNode s, SourcePosition at) {
        Tag tag = s.getTag();
        String text = s.getValue();
        if (tag.equals(Tag.NULL)) {
            return new NullNode(at);
        }
        if (tag.equals(Tag.BOOL)) {
            return new BooleanNode(text.equalsIgnoreCase("true"), at);
        }
        if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && NUMBER.matcher(text).matches()) {
            return new NumberNode(text, at);
        }
        return new StringNode(text, at);
    }

    private TemplateNode sequence(SequenceNode s, int depth, SourcePosition at) {
        enter(s, depth, at);
        List<TemplateNode> items = new ArrayList<>(s.getValue().size());
        for (Node item : s.getValue()) {
            items.add(convert(item, depth + 1));
        }
        expanding.remove(s);
        return new ListNode(items, at);
    }

    private TemplateNode mapping(MappingNode m, int depth, SourcePosition at) {
        enter(m, depth, at);
        List<MapNode.Entry> entries = new ArrayList<>(m.getValue().size());
        Map<String, SourcePosition> seen = new java.util.HashMap<>();
        for (NodeTuple t : m.getValue()) {
            SourcePosition keyAt = position(t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                throw new TemplateSyntaxException(file, keyAt.line(), keyAt.column(), "a mapping key must be a scalar");
            }
            SourcePosition before = seen.putIfAbsent(key.getValue(), keyAt);
            if (before != null) {
                throw new TemplateSyntaxException(file, keyAt.line(), keyAt.column(),
                        "duplicate key \"" + key.getValue() + "\" (first at line " + before.line() + ")");
            }
            entries.add(new MapNode.Entry(key.getValue(), keyAt, convert(t.getValueNode(), depth + 1)));
        }
        expanding.remove(m);
        return new MapNode(entries, at);
    }

    // Depth is checked on events already; aliases can still nest a document into itself.
    private void enter(Node n, int depth, SourcePosition at) {
        if (depth >= limits.maxDepth()) {
            throw new TemplateLimitException(at + ": nesting deeper than " + limits.maxDepth()
                    + " levels (through YAML aliases); Rampart refuses templates nested this deeply");
        }
        if (expanding.put(n, Boolean.TRUE) != null) {
            throw new TemplateSyntaxException(file, at.line(), at.column(), "a YAML alias refers to a node that contains it");
        }
    }

    private SourcePosition position(Node n) {
        return n.getStartMark()
                .map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(new SourcePosition(file, 1, 1));
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
