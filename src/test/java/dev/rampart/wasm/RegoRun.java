package dev.rampart.wasm;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.QueryResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.builtins.CollectingPrintSink;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.List;

/** Test support: compiles modules and a query through the real path (planner, Wasm, Chicory) and evaluates. */
final class RegoRun {
    private final List<RegoSource> modules = new ArrayList<>();
    private Value input;
    private Value data = Values.object();
    private boolean strict;
    private CompileOptions options = CompileOptions.DEFAULT;

    static RegoRun of(String... modules) {
        RegoRun r = new RegoRun();
        for (int i = 0; i < modules.length; i++) {
            r.modules.add(new RegoSource("m" + i + ".rego", modules[i]));
        }
        return r;
    }

    RegoRun input(String json) {
        this.input = Values.fromJson(json);
        return this;
    }

    RegoRun data(String json) {
        this.data = Values.fromJson(json);
        return this;
    }

    RegoRun strict() {
        this.strict = true;
        return this;
    }

    RegoRun v0() {
        this.options = options.withV0Compatible(true);
        return this;
    }

    /** The query's result set as JSON, e.g. {@code [{"x":1}]}. */
    String query(String query) {
        return Values.toJson(queryValue(query));
    }

    Value queryValue(String query) {
        CompileResult cr = RegoCompiler.compile(modules, options);
        if (!cr.errors().isEmpty()) {
            throw new AssertionError("compile errors: " + cr.errors());
        }
        QueryResult qr = RegoCompiler.compileQuery(query, cr.policy(), options);
        if (!qr.errors().isEmpty()) {
            throw new AssertionError("query errors: " + qr.errors());
        }
        RampartProgram p = RegoWasm.compile(cr.policy(), List.of(new Entrypoint.Query("q", qr.query())));
        return p.evaluate("q", input, data, EvalOptions.DEFAULT.withStrict(strict)
                .withPrintSink(new CollectingPrintSink()));
    }

    /** The IR printed, for debugging. */
    String plan(String query) {
        CompileResult cr = RegoCompiler.compile(modules, options);
        QueryResult qr = RegoCompiler.compileQuery(query, cr.policy(), options);
        return dev.rampart.rego.ir.IrPrinter.print(RegoWasm.plan(cr.policy(),
                List.of(new Entrypoint.Query("q", qr.query()))));
    }
}
