package dev.rampart.wasm.value;

/**
 * An open-addressing index from a value to its position in a sorted member array, used by objects and
 * sets once they are too large for a linear scan to be the faster lookup.
 */
final class HashIndex {
    /** Up to this many members a linear scan beats hashing (and saves the table's memory). */
    static final int LINEAR_SCAN_LIMIT = 8;

    private HashIndex() {}

    /** A table for {@code members}, or null when they are few enough to scan. */
    static int[] build(Value[] members, int size) {
        if (size <= LINEAR_SCAN_LIMIT) {
            return null;
        }
        int capacity = Integer.highestOneBit(size * 2 - 1) << 1;
        int[] slots = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = spread(members[i].hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
        return slots;
    }

    /** The position of {@code key} in {@code members}, or -1. */
    static int find(int[] slots, Value[] members, int size, Value key) {
        if (slots == null) {
            for (int i = 0; i < size; i++) {
                if (members[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = slots.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (members[entry - 1].equals(key)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }
}
