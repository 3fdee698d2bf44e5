package dev.rampart.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataRefTest {

    private static List<String> keys(String path) {
        List<Term> terms = RegoWasm.dataRef(path).terms();
        return terms.subList(1, terms.size()).stream().map(t -> ((StringTerm) t).value()).toList();
    }

    @Test
    void dottedNamesAndBracketedStringsAreKeys() {
        assertThat(keys("data")).isEmpty();
        assertThat(keys("data.a.b")).containsExactly("a", "b");
        assertThat(keys("data.a[\"test_x#01\"]")).containsExactly("a", "test_x#01");
        assertThat(keys("data[\"a.b\"].c[\"x\\\"]y\"]")).containsExactly("a.b", "c", "x\"]y");
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> RegoWasm.dataRef("input.a")).hasMessageContaining("not a data path");
        assertThatThrownBy(() -> RegoWasm.dataRef("data.a[1]")).hasMessageContaining("keys in brackets are strings");
        assertThatThrownBy(() -> RegoWasm.dataRef("data.a[\"b\"")).hasMessageContaining("not a data path");
    }
}
