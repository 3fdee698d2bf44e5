package dev.rampart.rego;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each compile-time check reports OPA's code and message at the offending place. */
class CompileChecksTest {

    static List<String> errors(String... modules) {
        return errors(CompileOptions.DEFAULT, modules);
    }

    static List<String> errors(CompileOptions options, String... modules) {
        List<RegoSource> srcs = new ArrayList<>();
        for (int i = 0; i < modules.length; i++) {
            srcs.add(new RegoSource(modules.length == 1 ? "t.rego" : "m" + i + ".rego", modules[i]));
        }
        CompileResult r = RegoCompiler.compile(srcs, options);
        assertThat(r.policy() == null).isEqualTo(!r.errors().isEmpty());
        return r.errors().stream().map(RegoError::format).toList();
    }

    @Nested
    class Safety {
        @Test
        void unboundVariableInAComparison() {
            assertThat(errors("package p\np if { x > 1 }"))
                    .containsExactly("t.rego:2:8: rego_unsafe_var_error: var x is unsafe");
        }

        @Test
        void negatedExpressionsNeedBoundVariables() {
            assertThat(errors("package p\np if { not input.a[x] }"))
                    .containsExactly("t.rego:2:8: rego_unsafe_var_error: var x is unsafe");
        }

        @Test
        void headVariablesMustBeBoundByTheBody() {
            assertThat(errors("package p\np := x if { true }"))
                    .containsExactly("t.rego:2:1: rego_unsafe_var_error: var x is unsafe");
        }

        @Test
        void undefinedNamesInTheSamePackageAreUnsafeVariables() {
            assertThat(errors("package p\np if { q }"))
                    .containsExactly("t.rego:2:8: rego_unsafe_var_error: var q is unsafe");
        }

        @Test
        void callInputsMustBeBound() {
            assertThat(errors("package p\np if { count(xs) > 0 }"))
                    .containsExactly("t.rego:2:8: rego_unsafe_var_error: var xs is unsafe");
        }

        @Test
        void comprehensionsMayNotUseUnboundOuterVariables() {
            // As in OPA, both sides of the failed binding are reported.
            assertThat(errors("package p\np if { ys := [y | y := x] }")).containsExactly(
                    "t.rego:2:19: rego_unsafe_var_error: var x is unsafe",
                    "t.rego:2:19: rego_unsafe_var_error: var y is unsafe");
        }

        @Test
        void renamedLocalsAreReportedUnderTheirOwnNames() {
            assertThat(errors("package p\np if { x := y; x > 0 }")).containsExactly(
                    "t.rego:2:8: rego_unsafe_var_error: var x is unsafe",
                    "t.rego:2:8: rego_unsafe_var_error: var y is unsafe");
        }
    }

    @Nested
    class Recursion {
        @Test
        void selfRecursion() {
            assertThat(errors("package p\np if { p }"))
                    .containsExactly("t.rego:2:1: rego_recursion_error: rule data.p.p is recursive: data.p.p -> data.p.p");
        }

        @Test
        void mutualRecursionIsReportedForEachRule() {
            assertThat(errors("package p\na if { b }\nb if { a }")).containsExactly(
                    "t.rego:2:1: rego_recursion_error: rule data.p.a is recursive: data.p.a -> data.p.b -> data.p.a",
                    "t.rego:3:1: rego_recursion_error: rule data.p.b is recursive: data.p.b -> data.p.a -> data.p.b");
        }

        @Test
        void recursiveFunctions() {
            assertThat(errors("package p\nf(x) := f(x - 1) if { x > 0 }")).containsExactly(
                    "t.rego:2:1: rego_recursion_error: rule data.p.f is recursive: data.p.f -> data.p.f");
        }
    }

    @Nested
    class Functions {
        @Test
        void unknownFunction() {
            assertThat(errors("package p\np if { foo(1) }"))
                    .containsExactly("t.rego:2:8: rego_type_error: undefined function foo");
        }

        @Test
        void unknownFunctionThroughAnImport() {
            assertThat(errors("package p\nimport data.lib\np := lib.missing(1)", "package lib\nx := 1")).containsExactly(
                    "m0.rego:3:6: rego_type_error: undefined function data.lib.missing");
        }

        @Test
        void builtInWithTooManyArguments() {
            assertThat(errors("package p\np if { count([1], 2, 3) }")).containsExactly(
                    "t.rego:2:8: rego_type_error: count: arity mismatch\n\thave: (array, number, number)\n\twant: (collection)");
        }

        @Test
        void nestedCallMustHaveExactArity() {
            assertThat(errors("package p\np := array.concat([1], [2], [3])")).containsExactly(
                    "t.rego:2:6: rego_type_error: array.concat: arity mismatch\n\thave: (array, array, array)\n\twant: (x, y)");
        }

        @Test
        void userFunctionArity() {
            assertThat(errors("package p\nf(x) := x\np := f(1, 2)"))
                    .containsExactly("t.rego:3:6: rego_type_error: function data.p.f has arity 1, got 2 arguments");
        }

        @Test
        void callInExpressionPositionMayNameItsOutput() {
            assertThat(errors("package p\np if { count([1, 2], n); n == 2 }")).isEmpty();
        }

        @Test
        void networkAndCryptoBuiltInsAreUnknown() {
            assertThat(errors("package p\np := http.send({})"))
                    .containsExactly("t.rego:2:6: rego_type_error: undefined function http.send");
        }
    }

    @Nested
    class LocalVariables {
        @Test
        void reassignment() {
            assertThat(errors("package p\np if { x := 1; x := 2 }"))
                    .containsExactly("t.rego:2:16: rego_compile_error: var x assigned above");
        }

        @Test
        void assignmentAfterUse() {
            assertThat(errors("package p\np if { x = 1; x := 2 }"))
                    .containsExactly("t.rego:2:15: rego_compile_error: var x referenced above");
        }

        @Test
        void assignmentAfterSomeDeclaration() {
            assertThat(errors("package p\np if { some x; x := 1 }"))
                    .containsExactly("t.rego:2:16: rego_compile_error: var x declared above");
        }

        @Test
        void argumentsCannotBeReassigned() {
            assertThat(errors("package p\nf(x) := y if { x := 1; y := x }"))
                    .containsExactly("t.rego:2:16: rego_compile_error: arg x redeclared");
        }

        @Test
        void unusedSomeDeclaration() {
            assertThat(errors("package p\np if { some x; true }"))
                    .containsExactly("t.rego:2:8: rego_compile_error: declared var x unused");
        }

        @Test
        void assignmentCannotBeNegated() {
            assertThat(errors("package p\np if { not x := 1 }"))
                    .containsExactly("t.rego:2:8: rego_compile_error: cannot assign vars inside negated expression");
        }

        @Test
        void onlyVariablesAndPatternsCanBeAssigned() {
            assertThat(errors("package p\np if { 1 := 2 }"))
                    .containsExactly("t.rego:2:8: rego_compile_error: cannot assign to number");
        }

        @Test
        void callingAShadowedFunction() {
            assertThat(errors("package p\np if { count := 1; count([]) }"))
                    .containsExactly("t.rego:2:20: rego_compile_error: called function count shadowed");
        }

        @Test
        void comprehensionsMayShadowOuterVariables() {
            assertThat(errors("package p\np if { x := 1; ys := [x | x := 2]; ys[0] == x }")).isEmpty();
        }
    }

    @Nested
    class RegoV1Strictness {
        @Test
        void rulesMustNotShadowRootDocuments() {
            assertThat(errors("package p\ninput := 1")).containsExactly(
                    "t.rego:2:1: rego_compile_error: rules must not shadow input (use a different rule name)");
        }

        @Test
        void variablesMustNotShadowRootDocuments() {
            assertThat(errors("package p\np if { data := 1 }")).containsExactly(
                    "t.rego:2:8: rego_compile_error: variables must not shadow data (use a different variable name)");
        }

        @Test
        void v0ModulesMayShadowRootDocuments() {
            assertThat(errors(CompileOptions.DEFAULT.withV0Compatible(true), "package p\nx { input := 1; input > 0 }"))
                    .isEmpty();
        }

        @Test
        void duplicateImports() {
            assertThat(errors("package p\nimport data.a\nimport data.b.a")).containsExactly(
                    "t.rego:3:1: rego_compile_error: import must not shadow import data.a");
        }

        @Test
        void deprecatedBuiltInsAreUnknownInV1() {
            assertThat(errors("package p\np := any([true])"))
                    .containsExactly("t.rego:2:6: rego_type_error: undefined function any");
        }

        @Test
        void deprecatedBuiltInsAreErrorsInV0ModulesImportingRegoV1() {
            assertThat(errors(CompileOptions.DEFAULT.withV0Compatible(true),
                    "package p\nimport rego.v1\np if { cast_array([1]) }")).containsExactly(
                    "t.rego:3:8: rego_type_error: deprecated built-in function calls in expression: cast_array");
        }

        @Test
        void deprecatedBuiltInsAreFineInV0() {
            assertThat(errors(CompileOptions.DEFAULT.withV0Compatible(true), "package p\np { any([true]) }")).isEmpty();
        }
    }

    @Nested
    class RuleConflicts {
        @Test
        void completeAndSetRulesConflict() {
            assertThat(errors("package p\nq := 1\nq contains 2")).containsExactly(
                    "t.rego:2:1: rego_type_error: conflicting rules data.p.q found");
        }

        @Test
        void functionsWithDifferentArities() {
            assertThat(errors("package p\nf(x) := 1\nf(x, y) := 2")).containsExactly(
                    "t.rego:2:1: rego_type_error: conflicting rules data.p.f found");
        }

        @Test
        void defaultOnASetRuleConflicts() {
            assertThat(errors("package p\ndefault s := {}\ns contains 1")).containsExactly(
                    "t.rego:2:1: rego_type_error: conflicting rules data.p.s found");
        }

        @Test
        void twoDefaults() {
            assertThat(errors("package p\ndefault a := 1\ndefault a := 2")).containsExactly(
                    "t.rego:1:1: rego_type_error: multiple default rules data.p.a found at t.rego:2:1, t.rego:3:1");
        }

        @Test
        void completeRuleWithRulesBelowIt() {
            assertThat(errors("package p\na := 1\na.b := 2")).containsExactly(
                    "t.rego:2:1: rego_type_error: rule data.p.a conflicts with [data.p.a.b]");
        }

        @Test
        void packageWhereARuleIs() {
            assertThat(errors("package a\nb := 1", "package a.b\nc := 2")).containsExactly(
                    "m0.rego:2:1: rego_type_error: rule data.a.b conflicts with [data.a.b.c]",
                    "m0.rego:1:1: rego_type_error: package a.b conflicts with rule b defined at m0.rego:2:1");
        }

        @Test
        void objectRulesWithDifferentKeysAreFine() {
            assertThat(errors("package p\nq[\"a\"] := 1\nq[\"b\"] := 2\nq[k] := 3 if { k := \"c\" }")).isEmpty();
        }
    }

    @Nested
    class WithModifiers {
        @Test
        void targetMustBeInputDataOrAFunction() {
            assertThat(errors("package p\np if { true with foo as 1 }")).containsExactly(
                    "t.rego:2:18: rego_type_error: with keyword target must reference existing input, data, or a function");
        }

        @Test
        void cannotReplacePartOfAVirtualDocument() {
            assertThat(errors("package p\nq := {\"a\": 1}\np if { q.a with data.p.q.a as 2 }")).containsExactly(
                    "t.rego:3:17: rego_compile_error: with keyword cannot partially replace virtual document(s)");
        }

        @Test
        void cannotReplaceUnification() {
            assertThat(errors("package p\np if { true with eq as 1 }")).containsExactly(
                    "t.rego:2:18: rego_compile_error: with keyword replacing built-in function: replacement of \"eq\" invalid");
        }

        @Test
        void aFunctionReplacedByOneOfAnotherArityIsATypeError() {
            assertThat(errors("package p\nf(x) := x\ng(x, y) := x\nr if f(1) == 1 with f as g\n")).containsExactly(
                    "t.rego:4:21: rego_type_error: data.p.f: arity mismatch: the replacement data.p.g takes 2 arguments,"
                            + " data.p.f takes 1 argument");
            assertThat(errors("package p\nf(x) := x\ntest_a if f(1) == 1 with f as concat\n")).containsExactly(
                    "t.rego:3:26: rego_type_error: data.p.f: arity mismatch: the replacement concat takes 2 arguments,"
                            + " data.p.f takes 1 argument");
            assertThat(errors("package p\ng(x, y) := x\nr if upper(\"a\") == \"A\" with upper as g\n")).containsExactly(
                    "t.rego:3:29: rego_type_error: upper: arity mismatch: the replacement data.p.g takes 2 arguments,"
                            + " upper takes 1 argument");
        }

        @Test
        void mockingFunctionsAndDocuments() {
            assertThat(errors("package p\nf(_) := 1\ng(_) := 2\n"
                    + "p if { f(1) == 2 with f as g; count([]) == 3 with count as 3; input.x with input as {\"x\": 1} }"))
                    .isEmpty();
        }
    }

    @Nested
    class Limits {
        @Test
        void errorsStopAtTheLimit() {
            StringBuilder src = new StringBuilder("package p\n");
            for (int i = 0; i < 15; i++) {
                src.append("p").append(i).append(" if { x").append(i).append(" > 1 }\n");
            }
            List<String> es = errors(src.toString());
            assertThat(es).hasSize(11);
            assertThat(es.get(10)).isEqualTo(":0:0: rego_compile_error: error limit reached");
        }

        @Test
        void aStageThatFailsStopsTheOnesAfterIt() {
            // The undefined function is found before safety checks, so the unsafe variable is not reported.
            assertThat(errors("package p\np if { foo(x) }"))
                    .containsExactly("t.rego:2:8: rego_type_error: undefined function foo");
        }
    }
}
