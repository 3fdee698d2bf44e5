package dev.rampart.wasm.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.Values;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A module Rampart did not emit (from a bundle someone else built) cannot escape the budgets: a loop that never
 * calls the host is stopped by the watchdog, and linear memory is clamped whatever the module declares.
 */
class ForeignModuleTest {

    /** Hand-assembled: {@code spin} loops forever; {@code grow} asks for 2,000 more pages (true when refused). */
    private static byte[] module() {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00});
        section(m, 1, bytes(0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f));               // type (i32, i32) -> i32
        section(m, 3, bytes(0x02, 0x00, 0x00));                                         // two functions of it
        section(m, 5, bytes(0x01, 0x01, 0x01, 0x80, 0x80, 0x04));                       // memory: 1 to 65,536 pages
        ByteArrayOutputStream exports = new ByteArrayOutputStream();
        exports.write(0x02);
        name(exports, "entrypoint_0");
        exports.writeBytes(bytes(0x00, 0x00));
        name(exports, "entrypoint_1");
        exports.writeBytes(bytes(0x00, 0x01));
        section(m, 7, exports.toByteArray());
        byte[] spin = bytes(0x00, 0x03, 0x40, 0x0c, 0x00, 0x0b, 0x00, 0x0b);             // loop br 0 end unreachable
        byte[] grow = bytes(0x00, 0x41, 0xd0, 0x0f, 0x40, 0x00, 0x41, 0x7f, 0x46,        // memory.grow(2000) == -1
                0x41, 0x01, 0x6a, 0x0b);                                                  // + 1: handle of true/false
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        code.write(0x02);
        code.write(spin.length);
        code.writeBytes(spin);
        code.write(grow.length);
        code.writeBytes(grow);
        section(m, 10, code.toByteArray());
        ByteArrayOutputStream custom = new ByteArrayOutputStream();
        name(custom, "rampart.metadata");
        custom.writeBytes(("{\"abi\":\"rampart.v1\",\"constants\":[\"false\",\"true\",\"null\"],\"builtins\":[],"
                + "\"sites\":[],\"functions\":[\"spin\",\"grow\"],\"entrypoints\":[{\"name\":\"spin\",\"export\":"
                + "\"entrypoint_0\"},{\"name\":\"grow\",\"export\":\"entrypoint_1\"}]}").getBytes(StandardCharsets.UTF_8));
        section(m, 0, custom.toByteArray());
        return m.toByteArray();
    }

    @Test
    void aLoopThatNeverCallsTheHostIsStoppedByTheWatchdog() {
        LoadedModule module = LoadedModule.load(module());
        long start = System.nanoTime();
        assertThatThrownBy(() -> module.evaluate("spin", null, Values.object(),
                EvalOptions.DEFAULT.withTimeout(Duration.ofMillis(100))))
                .isInstanceOfSatisfying(PolicyEvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(PolicyEvaluationException.Code.TIMEOUT);
                    assertThat(e.getMessage()).contains("spin");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(module.evaluate("grow", null, Values.object(), EvalOptions.DEFAULT)).isEqualTo(BooleanValue.TRUE);
    }

    private static void section(ByteArrayOutputStream m, int id, byte[] payload) {
        m.write(id);
        leb(m, payload.length);
        m.writeBytes(payload);
    }

    private static void name(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        leb(out, b.length);
        out.writeBytes(b);
    }

    private static void leb(ByteArrayOutputStream out, int v) {
        do {
            int b = v & 0x7f;
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
