package dev.rampart.template.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * JSON into a {@link TemplateNode} tree through Jackson's streaming parser, so every node knows its line
 * and column. Built iteratively with an explicit stack: nesting costs heap, never Java stack, and the
 * depth limit is checked before a container is opened.
 */
final class JsonTreeParser {
    private JsonTreeParser() {}

    private static final class Frame {
        final boolean map;
        final SourcePosition position;
        final List<MapNode.Entry> entries;
        final List<TemplateNode> items;
        String key;
        SourcePosition keyPosition;

        Frame(boolean map, SourcePosition position) {
            this.map = map;
            this.position = position;
            this.entries = map ? new ArrayList<>() : null;
            this.items = map ? null : new ArrayList<>();
        }

        void add(TemplateNode node) {
            if (map) {
                entries.add(new MapNode.Entry(key, keyPosition, node));
            } else {
                items.add(node);
            }
        }

        TemplateNode build() {
            return map ? new MapNode(entries, position) : new ListNode(items, position);
        }
    }

    static TemplateNode parse(byte[] content, String file, ParseLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        // our own depth check runs first and names the limit; Jackson's is a backstop
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                        .build())
                .build();
        try (JsonParser p = factory.createParser(content)) {
            return read(p, file, limits);
        } catch (StreamConstraintsException e) {
            throw new TemplateLimitException(file + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new TemplateSyntaxException(file, line, column, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateNode read(JsonParser p, String file, ParseLimits limits) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        TemplateNode root = null;
        JsonToken token;
        while ((token = p.nextToken()) != null) {
            SourcePosition at = position(p, file);
            TemplateNode done = null;
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    if (stack.size() >= limits.maxDepth()) {
                        throw new TemplateLimitException(at + ": nesting deeper than " + limits.maxDepth()
                                + " levels; Rampart refuses templates nested this deeply");
                    }
                    stack.push(new Frame(token == JsonToken.START_OBJECT, at));
                }
                case END_OBJECT, END_ARRAY -> done = stack.pop().build();
                case FIELD_NAME -> {
                    stack.peek().key = p.currentName();
                    stack.peek().keyPosition = at;
                }
                case VALUE_STRING -> done = new StringNode(p.getText(), at);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> done = new NumberNode(p.getText(), at);
                case VALUE_TRUE -> done = new BooleanNode(true, at);
                case VALUE_FALSE -> done = new BooleanNode(false, at);
                case VALUE_NULL -> done = new NullNode(at);
                default -> throw new TemplateSyntaxException(file, at.line(), at.column(),
                        "malformed JSON: unexpected " + token);
            }
            if (done != null) {
                if (stack.isEmpty()) {
                    root = done;
                    break;
                }
                stack.peek().add(done);
            }
        }
        if (root == null) {
            throw new TemplateSyntaxException(file, 1, 1, "malformed JSON: the file is empty");
        }
        if (p.nextToken() != null) {
            SourcePosition at = position(p, file);
            throw new TemplateSyntaxException(file, at.line(), at.column(),
                    "malformed JSON: unexpected content after the end of the document");
        }
        return root;
    }

    private static SourcePosition position(JsonParser p, String file) {
        JsonLocation at = p.currentTokenLocation();
        return new SourcePosition(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }
}
