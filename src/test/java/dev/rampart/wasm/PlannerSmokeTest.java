package dev.rampart.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlannerSmokeTest {
    @Test
    void completeRule() {
        RegoRun r = RegoRun.of("package p\nx := 1\ny := x + 1\n");
        System.out.println(r.plan("data.p.y = z"));
        assertThat(r.query("data.p.y = z")).isEqualTo("[{\"z\":2}]");
    }

    @Test
    void partialSetOverInput() {
        RegoRun r = RegoRun.of("package p\ndeny contains msg if {\n some i in input.items\n i.bad\n msg := sprintf(\"%s is bad\", [i.name])\n}\n")
                .input("{\"items\":[{\"name\":\"a\",\"bad\":true},{\"name\":\"b\",\"bad\":false}]}");
        assertThat(r.query("data.p.deny = z")).isEqualTo("[{\"z\":[\"a is bad\"]}]");
    }
}
