package dev.rampart.wasm.emit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the WebAssembly binary encodings (LEB128 integers, names, vectors). */
final class ByteSink {
    private byte[] buf = new byte[256];
    private int size;

    ByteSink u8(int b) {
        if (size == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[size++] = (byte) b;
        return this;
    }

    /** Unsigned LEB128. */
    ByteSink u32(long v) {
        do {
            int b = (int) (v & 0x7f);
            v >>>= 7;
            u8(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    /** Signed LEB128. */
    ByteSink s32(int v) {
        boolean more = true;
        while (more) {
            int b = v & 0x7f;
            v >>= 7;
            if (v == 0 && (b & 0x40) == 0 || v == -1 && (b & 0x40) != 0) {
                more = false;
            } else {
                b |= 0x80;
            }
            u8(b);
        }
        return this;
    }

    ByteSink bytes(byte[] b) {
        for (byte x : b) {
            u8(x);
        }
        return this;
    }

    ByteSink name(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(b.length);
        return bytes(b);
    }

    /** Appends {@code other} prefixed with its length. */
    ByteSink sized(ByteSink other) {
        u32(other.size);
        for (int i = 0; i < other.size; i++) {
            u8(other.buf[i]);
        }
        return this;
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(buf, size);
    }
}
