package dev.rampart.template.map;

import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.Suppression;
import dev.rampart.template.resolve.TemplateFormatException;
import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a template resource's {@code Metadata.rampart.suppress} list (what CDK's
 * {@code CfnResource.addMetadata("rampart", {suppress: […]})} writes) into snapshot suppressions. The shape is
 * checked here, where the template position is known; whether an entry applies (reason, expiry) is the scan's
 * decision, so an entry without a reason is carried with a null reason and refused there.
 */
final class SuppressionMetadata {
    private static final Set<String> KEYS = Set.of("id", "reason", "owner", "expires");

    private SuppressionMetadata() {}

    /** The suppressions written on {@code r}; empty when it has none. */
    static List<Suppression> of(TemplateResource r) {
        if (!(r.definition().body().get("Metadata") instanceof MapNode metadata)
                || !(metadata.get("rampart") instanceof MapNode rampart)) {
            return List.of();
        }
        TemplateNode suppress = rampart.get("suppress");
        if (suppress == null) {
            return List.of();
        }
        if (!(suppress instanceof ListNode list)) {
            throw new TemplateFormatException(suppress.position(), "Metadata.rampart.suppress of " + r.logicalId()
                    + " must be a list of {id, reason, owner, expires}");
        }
        List<Suppression> out = new ArrayList<>();
        for (TemplateNode item : list.items()) {
            out.add(entry(r, item));
        }
        return out;
    }

    private static Suppression entry(TemplateResource r, TemplateNode item) {
        if (!(item instanceof MapNode m)) {
            throw new TemplateFormatException(item.position(), "a Metadata.rampart.suppress entry of " + r.logicalId()
                    + " must be a mapping {id, reason, owner, expires}");
        }
        for (MapNode.Entry e : m.entries()) {
            if (!KEYS.contains(e.key())) {
                throw new TemplateFormatException(e.keyPosition(), "unknown key '" + e.key()
                        + "' in a Metadata.rampart.suppress entry of " + r.logicalId() + " (known: id, reason, owner, expires)");
            }
        }
        String id = text(m, "id", r);
        if (id == null || id.isBlank()) {
            throw new TemplateFormatException(m.position(), "a Metadata.rampart.suppress entry of " + r.logicalId()
                    + " has no rule id ('id: NET-001')");
        }
        Location owner = r.location();
        Location at = new Location(m.position().file(), m.position().line(), m.position().column(), owner.stack(),
                owner.logicalId(), owner.constructPath(), null);
        return new Suppression(r.id(), id.trim(), text(m, "reason", r), text(m, "owner", r), text(m, "expires", r), at);
    }

    private static String text(MapNode m, String key, TemplateResource r) {
        TemplateNode v = m.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof StringNode s)) {
            throw new TemplateFormatException(v.position(), "'" + key + "' of a Metadata.rampart.suppress entry of "
                    + r.logicalId() + " must be a string");
        }
        return s.value();
    }
}
