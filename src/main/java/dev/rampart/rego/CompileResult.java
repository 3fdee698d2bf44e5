package dev.rampart.rego;

import java.util.List;

/** The outcome of compiling modules: a policy when there are no errors, else null and the errors. */
public record CompileResult(CompiledPolicy policy, List<RegoError> errors) {
    public CompileResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
