package dev.rampart.collect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One of {@code count} parts of the account × region work, so that many collector tasks can split an
 * organisation between them ({@code --shard 3/8}). A unit of work belongs to the shard its stable hash
 * (SHA-256 of its key) selects, so every task decides the same way without talking to the others and the
 * split does not move when an account is added or removed elsewhere in the list.
 *
 * @param index 1-based: 1 … count
 * @param count how many shards there are
 */
public record Shard(int index, int count) {
    /** All the work in one part. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is i/n with 1 <= i <= n, not " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length == 2) {
            try {
                int index = Integer.parseInt(parts[0].trim());
                int count = Integer.parseInt(parts[1].trim());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new Shard(index, count);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a shard: use i/n with 1 <= i <= n, e.g. 1/4");
    }

    /** Whether the unit of work named {@code key} (e.g. {@code 111111111111/eu-west-1}) belongs to this shard. */
    public boolean owns(String key) {
        if (count == 1) {
            return true;
        }
        return Math.floorMod(hash(key), count) == index - 1;
    }

    private static long hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (digest[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
