package dev.rampart.collect;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** AWS tag lists (each SDK has its own tag type) as the snapshot's plain objects. */
final class Tags {
    private Tags() {}

    static <T> Map<String, String> of(List<T> tags, Function<T, String> key, Function<T, String> value) {
        Map<String, String> out = new TreeMap<>();
        if (tags != null) {
            for (T t : tags) {
                String k = key.apply(t);
                if (k != null) {
                    out.put(k, value.apply(t) == null ? "" : value.apply(t));
                }
            }
        }
        return out;
    }

    static Map<String, String> ec2(List<software.amazon.awssdk.services.ec2.model.Tag> tags) {
        return of(tags, software.amazon.awssdk.services.ec2.model.Tag::key,
                software.amazon.awssdk.services.ec2.model.Tag::value);
    }
}
