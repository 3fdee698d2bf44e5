package dev.rampart.snapshot;

import java.util.Locale;

/** An enumerated snapshot value with a fixed JSON spelling (see the {@code @JsonValue} of each enum). */
public interface JsonEnum {
    /** The value as written in the document. */
    String json();

    /**
     * The constant of {@code type} spelled {@code text} in the document, ignoring case; {@code null} when
     * none is (adapters then treat the value as unknown).
     */
    static <E extends Enum<E> & JsonEnum> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.json().toLowerCase(Locale.ROOT).equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    /** Like {@link #parse} but for reading documents: an unknown spelling is an error there. */
    static <E extends Enum<E> & JsonEnum> E fromJson(Class<E> type, String text) {
        E e = parse(type, text);
        if (e == null && text != null) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + text);
        }
        return e;
    }
}
