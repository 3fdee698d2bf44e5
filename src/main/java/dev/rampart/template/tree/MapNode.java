package dev.rampart.template.tree;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping, its entries in file order; keys are unique (parsers reject duplicates). Immutable; a class
 * rather than a record only so that large maps (the {@code Resources} of a big template) can keep an
 * index for constant-time lookup.
 */
public final class MapNode implements TemplateNode {

    /** One key and its value; {@code keyPosition} is where the key is written. */
    public record Entry(String key, SourcePosition keyPosition, TemplateNode value) {}

    private static final int INDEX_FROM = 9;

    private final List<Entry> entries;
    private final SourcePosition position;
    private final Map<String, Entry> index;

    public MapNode(List<Entry> entries, SourcePosition position) {
        this.entries = List.copyOf(entries);
        this.position = position;
        if (this.entries.size() >= INDEX_FROM) {
            Map<String, Entry> m = new HashMap<>(this.entries.size() * 2);
            for (Entry e : this.entries) {
                m.put(e.key(), e);
            }
            this.index = m;
        } else {
            this.index = null;
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    @Override
    public SourcePosition position() {
        return position;
    }

    /** The value under {@code key}, or null. */
    public TemplateNode get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value();
    }

    /** The entry under {@code key}, or null. */
    public Entry entry(String key) {
        if (index != null) {
            return index.get(key);
        }
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    public int size() {
        return entries.size();
    }

    /** Whether this map is one {@code Ref}, {@code Condition} or {@code Fn::…} entry: an intrinsic call. */
    public boolean isIntrinsic() {
        if (entries.size() != 1) {
            return false;
        }
        String k = entries.get(0).key();
        return k.equals("Ref") || k.equals("Condition") || k.startsWith("Fn::");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapNode m && m.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "MapNode" + entries;
    }
}
