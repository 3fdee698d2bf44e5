package dev.rampart.rego.plan;

import dev.rampart.rego.Location;
import dev.rampart.rego.ir.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan's error sites, each once. */
final class SitePool {
    static final String OBJECT_CONFLICT = "object keys must be unique";

    private final List<Site> sites = new ArrayList<>();
    private final Map<Site, Integer> index = new HashMap<>();

    int of(Location location, String message) {
        Site s = new Site(location == null ? Location.NONE : location, message);
        return index.computeIfAbsent(s, k -> {
            sites.add(k);
            return sites.size() - 1;
        });
    }

    List<Site> sites() {
        return sites;
    }
}
