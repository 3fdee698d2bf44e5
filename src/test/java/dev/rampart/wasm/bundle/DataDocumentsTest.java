package dev.rampart.wasm.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.RampartException;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataDocumentsTest {

    @Test
    void objectsMergeKeyByKeyRecursively() {
        assertThat(DataDocuments.merge(Values.fromJson("{\"a\": {\"b\": 1}, \"x\": 1}"),
                Values.fromJson("{\"a\": {\"c\": 2}, \"y\": 2}"), "one", "two"))
                .isEqualTo(Values.fromJson("{\"a\": {\"b\": 1, \"c\": 2}, \"x\": 1, \"y\": 2}"));
    }

    @Test
    void equalValuesAtTheSamePathAreNoConflict() {
        assertThat(DataDocuments.merge(Values.fromJson("{\"a\": [1]}"), Values.fromJson("{\"a\": [1]}"), "one", "two"))
                .isEqualTo(Values.fromJson("{\"a\": [1]}"));
    }

    @Test
    void differentValuesAtTheSamePathAreAnErrorNamingBothSources() {
        assertThatThrownBy(() -> DataDocuments.merge(Values.fromJson("{\"a\": {\"b\": 1}}"),
                Values.fromJson("{\"a\": {\"b\": 2}}"), "x.json", "y.json"))
                .isInstanceOf(RampartException.class)
                .hasMessageStartingWith("conflicting values for data.a.b: x.json and y.json both define it");
    }

    @Test
    void anEmptySideLeavesTheOtherAsItIs() {
        var doc = Values.fromJson("{\"a\": 1}");
        assertThat(DataDocuments.merge(ObjectValue.EMPTY, doc, "a", "b")).isSameAs(doc);
        assertThat(DataDocuments.merge(doc, null, "a", "b")).isSameAs(doc);
    }

    @Test
    void mountPlacesAValueUnderAPath() {
        assertThat(DataDocuments.mount(List.of("a", "b"), Values.fromJson("[1]")))
                .isEqualTo(Values.fromJson("{\"a\": {\"b\": [1]}}"));
    }

    @Test
    void baseDataMergesOncePerCallerDocument() {
        BaseData base = new BaseData(Values.fromJson("{\"a\": 1}"), "b.tar.gz");
        var caller = Values.fromJson("{\"b\": 2}");
        var merged = base.with(caller);
        assertThat(merged).isEqualTo(Values.fromJson("{\"a\": 1, \"b\": 2}"));
        assertThat(base.with(caller)).isSameAs(merged);
        assertThat(base.with(ObjectValue.EMPTY)).isSameAs(base.bundleData());
    }
}
