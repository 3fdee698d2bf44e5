package dev.rampart.rego.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rego.Location;
import dev.rampart.rego.RegoSource;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Import;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.NullTerm;
import dev.rampart.rego.ast.NumberTerm;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.RegoVersion;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Terms;
import dev.rampart.rego.ast.Var;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The parser builds OPA's AST for every Rego construct. */
class ParserTest {

    static Module parse(String src) {
        RegoParser.ModuleResult r = RegoParser.parseModule(new RegoSource("t.rego", src), false);
        assertThat(r.errors()).isEmpty();
        return r.module();
    }

    static Module parseV0(String src) {
        RegoParser.ModuleResult r = RegoParser.parseModule(new RegoSource("t.rego", src), true);
        assertThat(r.errors()).isEmpty();
        return r.module();
    }

    static Rule rule(String src) {
        return parse("package p\n" + src).rules().get(0);
    }

    static Expr expr(String body) {
        return rule("r if {\n" + body + "\n}").body().get(0);
    }

    @Nested
    class Packages {
        @Test
        void packagePathIsARefUnderData() {
            Module m = parse("package a.b[\"c d\"]");
            assertThat(m.pkg().path().toString()).isEqualTo("data.a.b[\"c d\"]");
            assertThat(m.pkg().location()).isEqualTo(new Location("t.rego", 1, 1));
        }

        @Test
        void importsKeepPathAndAlias() {
            Module m = parse("package p\nimport data.lib.x as y\nimport input.user\nimport rego.v1");
            Import first = m.imports().get(0);
            assertThat(first.path().toString()).isEqualTo("data.lib.x");
            assertThat(first.alias()).isEqualTo("y");
            assertThat(first.name()).isEqualTo("y");
            assertThat(m.imports().get(1).name()).isEqualTo("user");
            assertThat(m.imports().get(2).isLanguageImport()).isTrue();
        }

        @Test
        void futureKeywordImportsEnableKeywordsInV0() {
            Module m = parseV0("package p\nimport future.keywords.in\nimport future.keywords.if\nq if { 1 in [1] }");
            assertThat(m.version()).isEqualTo(RegoVersion.V0);
            assertThat(((CallExpr) m.rules().get(0).body().get(0).form()).name()).isEqualTo("internal.member_2");
        }

        @Test
        void notBeforeABraceIsABodyOnlyUnderRegoV2OrFutureKeywordsNot() {
            Module plain = parse("package p\nq if { not {1} }");
            assertThat(plain.rules().get(0).body().get(0).negated()).isTrue();
            for (String imp : List.of("import rego.v2", "import future.keywords.not")) {
                Module m = parse("package p\n" + imp + "\nq if not { input.a; input.b }");
                Expr e = m.rules().get(0).body().get(0);
                assertThat(e.negated()).as(imp).isFalse();
                assertThat(e.toString()).as(imp).isEqualTo("[true | input.a; input.b] == []");
            }
        }

        @Test
        void regoV1ImportMakesAV0ModuleV1Compatible() {
            Module m = parseV0("package p\nimport rego.v1\nq contains 1 if true");
            assertThat(m.version()).isEqualTo(RegoVersion.V0_COMPAT_V1);
            assertThat(m.rules().get(0).head().isMultiValue()).isTrue();
        }
    }

    @Nested
    class Rules {
        @Test
        void completeRuleWithAssignment() {
            Rule r = rule("p := 1");
            assertThat(r.head().ref().toString()).isEqualTo("p");
            assertThat(r.head().value()).isEqualTo(new NumberTerm("1", null));
            assertThat(r.head().assign()).isTrue();
            assertThat(r.generatedBody()).isTrue();
        }

        @Test
        void completeRuleWithUnificationAndBody() {
            Rule r = rule("p = x if {\n  x := 2\n}");
            assertThat(r.head().assign()).isFalse();
            assertThat(r.head().value()).isEqualTo(new Var("x", null));
            assertThat(r.body()).hasSize(1);
            assertThat(r.head().usesIf()).isTrue();
        }

        @Test
        void ruleWithoutValueIsTrue() {
            Rule r = rule("allow if input.admin");
            assertThat(r.head().value()).isEqualTo(new BooleanTerm(true, null));
            assertThat(r.head().generatedValue()).isTrue();
            assertThat(Terms.print(r.body())).isEqualTo("input.admin");
        }

        @Test
        void partialSetRuleUsesContains() {
            Rule r = rule("deny contains msg if {\n  msg := \"no\"\n}");
            assertThat(r.head().isMultiValue()).isTrue();
            assertThat(r.head().key()).isEqualTo(new Var("msg", null));
            assertThat(r.head().usesContains()).isTrue();
        }

        @Test
        void partialObjectRuleHasTheKeyInItsRef() {
            Rule r = rule("obj[k] := v if {\n  some k, v in input\n}");
            assertThat(r.head().ref().toString()).isEqualTo("obj[k]");
            assertThat(r.head().value()).isEqualTo(new Var("v", null));
            assertThat(r.head().isMultiValue()).isFalse();
        }

        @Test
        void multiLevelRefHead() {
            Rule r = rule("a.b[x].c := y if {\n  x := 1\n  y := 2\n}");
            assertThat(r.head().ref().toString()).isEqualTo("a.b[x].c");
            assertThat(r.head().ref().groundPrefix().toString()).isEqualTo("a.b");
        }

        @Test
        void functionsMayHaveSeveralDefinitions() {
            Module m = parse("package p\nf(x) := 1 if x > 0\nf(x) := 2 if x < 0\nf(_) := 3 if true");
            assertThat(m.rules()).hasSize(3);
            assertThat(m.rules().get(0).head().args()).containsExactly(new Var("x", null));
            assertThat(((Var) m.rules().get(2).head().args().get(0)).isWildcard()).isTrue();
        }

        @Test
        void defaultRulesAndDefaultFunctions() {
            Module m = parse("package p\ndefault allow := false\ndefault f(_) := 0");
            assertThat(m.rules().get(0).isDefault()).isTrue();
            assertThat(m.rules().get(0).head().value()).isEqualTo(new BooleanTerm(false, null));
            assertThat(m.rules().get(1).head().isFunction()).isTrue();
        }

        @Test
        void elseChains() {
            Rule r = rule("p := 1 if {\n  input.a\n} else := 2 if {\n  input.b\n} else := 3");
            assertThat(r.elseRule().head().value()).isEqualTo(new NumberTerm("2", null));
            assertThat(r.elseRule().elseRule().head().value()).isEqualTo(new NumberTerm("3", null));
            assertThat(r.elseRule().elseRule().generatedBody()).isTrue();
            assertThat(r.elseRule().location().line()).isEqualTo(4);
        }

        @Test
        void singleExpressionBodyAfterIf() {
            Rule r = rule("p if count(input.x) > 1");
            assertThat(((CallExpr) r.body().get(0).form()).name()).isEqualTo("gt");
        }

        @Test
        void bareRefStatementsAreRules() {
            Rule r = rule("a.b.c := true");
            assertThat(r.head().ref().toString()).isEqualTo("a.b.c");
        }
    }

    @Nested
    class V0Syntax {
        @Test
        void bodiesWithoutIf() {
            Rule r = parseV0("package p\nallow { input.x }").rules().get(0);
            assertThat(r.head().usesIf()).isFalse();
            assertThat(r.head().value()).isEqualTo(new BooleanTerm(true, null));
        }

        @Test
        void bracketRuleWithoutValueIsAPartialSet() {
            Rule r = parseV0("package p\nq[x] { x := 1 }").rules().get(0);
            assertThat(r.head().isMultiValue()).isTrue();
            assertThat(r.head().ref().toString()).isEqualTo("q");
            assertThat(r.head().key()).isEqualTo(new Var("x", null));
        }

        @Test
        void bracketRuleWithValueIsAPartialObject() {
            Rule r = parseV0("package p\nq[x] = y { x := 1; y := 2 }").rules().get(0);
            assertThat(r.head().isMultiValue()).isFalse();
            assertThat(r.head().ref().toString()).isEqualTo("q[x]");
        }

        @Test
        void chainedBodiesAreSeparateRules() {
            Module m = parseV0("package p\nq { input.a } { input.b }");
            assertThat(m.rules()).hasSize(2);
            assertThat(m.rules().get(1).location().column()).isEqualTo(15);
        }

        @Test
        void futureWordsAreIdentifiersUntilImported() {
            Rule r = parseV0("package p\nq { in := 1; in > 0 }").rules().get(0);
            assertThat(Terms.print(r.body())).isEqualTo("in := 1; in > 0");
        }
    }

    @Nested
    class Expressions {
        @Test
        void someInWithValue() {
            SomeIn s = (SomeIn) expr("some x in input.xs").form();
            assertThat(s.key()).isNull();
            assertThat(s.value()).isEqualTo(new Var("x", null));
            assertThat(s.collection().toString()).isEqualTo("input.xs");
        }

        @Test
        void someInWithKeyAndValue() {
            SomeIn s = (SomeIn) expr("some k, v in input.xs").form();
            assertThat(s.key()).isEqualTo(new Var("k", null));
        }

        @Test
        void someDeclarations() {
            assertThat(((SomeDecl) expr("some x, y").form()).vars())
                    .containsExactly(new Var("x", null), new Var("y", null));
        }

        @Test
        void everyWithKeyValueAndBody() {
            Every e = (Every) expr("every k, v in input.m {\n  v > k\n}").form();
            assertThat(e.key().name()).isEqualTo("k");
            assertThat(e.value().name()).isEqualTo("v");
            assertThat(Terms.print(e.body())).isEqualTo("v > k");
        }

        @Test
        void negationAndWith() {
            Expr e = expr("not allowed with input as {\"a\": 1} with data.x as 2");
            assertThat(e.negated()).isTrue();
            assertThat(e.with()).hasSize(2);
            assertThat(e.with().get(1).target().toString()).isEqualTo("data.x");
        }

        @Test
        void assignmentUnificationAndComparison() {
            assertThat(((CallExpr) expr("x := 1").form()).name()).isEqualTo("assign");
            assertThat(((CallExpr) expr("x = 1").form()).name()).isEqualTo("eq");
            assertThat(((CallExpr) expr("x == 1").form()).name()).isEqualTo("equal");
            assertThat(((CallExpr) expr("x != 1").form()).name()).isEqualTo("neq");
        }

        @Test
        void operatorPrecedence() {
            assertThat(Terms.print(expr("x := 1 + 2 * 3 - 4").form() instanceof CallExpr c ? c.operands().get(1) : null))
                    .isEqualTo("((1 + (2 * 3)) - 4)");
            assertThat(Terms.print(((CallExpr) expr("x := a | b & c").form()).operands().get(1)))
                    .isEqualTo("(a | (b & c))");
            Expr in = expr("x in xs == true");
            assertThat(((CallExpr) in.form()).name()).isEqualTo("internal.member_2");
        }

        @Test
        void keyValueMembership() {
            Expr e = expr("\"a\", 1 in {\"a\": 1}");
            assertThat(((CallExpr) e.form()).name()).isEqualTo("internal.member_3");
            assertThat(((CallExpr) e.form()).operands()).hasSize(3);
        }

        @Test
        void callsInExpressionPositionBecomeCallExpressions() {
            CallExpr c = (CallExpr) expr("count(xs, n)").form();
            assertThat(c.name()).isEqualTo("count");
            assertThat(c.operands()).hasSize(2);
        }

        @Test
        void semicolonsAndNewlinesSeparateExpressions() {
            assertThat(rule("r if { a; b\n c }").body()).hasSize(3);
        }
    }

    @Nested
    class TermsAndLiterals {
        private Term value(String src) {
            return ((CallExpr) expr("x := " + src).form()).operands().get(1);
        }

        @Test
        void refsWithDotsBracketsAndVariables() {
            Ref r = (Ref) value("input.a[\"b\"][i].c");
            assertThat(r.terms()).hasSize(5);
            assertThat(r.get(3)).isEqualTo(new Var("i", null));
            assertThat(r.toString()).isEqualTo("input.a.b[i].c");
        }

        @Test
        void callsWithNestedCalls() {
            Call c = (Call) value("concat(\",\", split(s, \".\"))");
            assertThat(c.operator().toString()).isEqualTo("concat");
            assertThat(c.args().get(1)).isInstanceOf(Call.class);
        }

        @Test
        void collectionLiterals() {
            assertThat(value("[1, \"a\", null]")).isInstanceOf(ArrayTerm.class);
            assertThat(value("{1, 2}")).isInstanceOf(SetTerm.class);
            assertThat(value("{\"a\": 1, 2: [3]}")).isInstanceOf(ObjectTerm.class);
            assertThat(value("{}")).isEqualTo(new ObjectTerm(List.of(), null));
            assertThat(value("set()")).isEqualTo(new SetTerm(List.of(), null));
            assertThat(value("null")).isInstanceOf(NullTerm.class);
        }

        @Test
        void comprehensions() {
            assertThat(value("[x | x := input[_]]")).isInstanceOf(ArrayComprehension.class);
            assertThat(value("{x | some x in input}")).isInstanceOf(SetComprehension.class);
            assertThat(value("{k: v | some k, v in input}")).isInstanceOf(ObjectComprehension.class);
        }

        @Test
        void setBarTermIsAComprehensionNotAUnion() {
            assertThat(value("{a | b}")).isInstanceOf(SetComprehension.class);
            assertThat(value("{(a | b)}")).isInstanceOf(SetTerm.class);
        }

        @Test
        void stringsWithEveryEscape() {
            assertThat(value("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\""))
                    .isEqualTo(new StringTerm("\" \\ / \b \f \n \r \t é 😀", null));
        }

        @Test
        void rawStringsKeepBackslashesAndNewlines() {
            assertThat(value("`a\\n\nb`")).isEqualTo(new StringTerm("a\\n\nb", null));
        }

        @Test
        void numbersKeepTheirTextAndAnySize() {
            assertThat(((NumberTerm) value("123456789012345678901234567890")).text())
                    .isEqualTo("123456789012345678901234567890");
            assertThat(((NumberTerm) value("-1.5e-3")).text()).isEqualTo("-1.5e-3");
            assertThat(((NumberTerm) value(".5")).text()).isEqualTo(".5");
            assertThat(value("1.0")).isEqualTo(new NumberTerm("1", null));
        }

        @Test
        void booleansAndNull() {
            assertThat(value("true")).isEqualTo(new BooleanTerm(true, null));
            assertThat(value("false")).isEqualTo(new BooleanTerm(false, null));
        }

        @Test
        void keywordsMayFollowADotInRefs() {
            assertThat(value("input.package.if").toString()).isEqualTo("input.package.if");
        }

        @Test
        void wildcardsGetUniqueNames() {
            Ref r = (Ref) value("input[_][_]");
            assertThat(r.get(1)).isNotEqualTo(r.get(2));
            assertThat(((Var) r.get(1)).isWildcard()).isTrue();
        }
    }

    @Nested
    class Locations {
        @Test
        void everyNodeCarriesFileLineAndColumn() {
            Module m = parse("package p\n\nallow if {\n\tinput.user == \"alice\"\n}");
            Rule r = m.rules().get(0);
            assertThat(r.location()).isEqualTo(new Location("t.rego", 3, 1));
            Expr e = r.body().get(0);
            assertThat(e.location()).isEqualTo(new Location("t.rego", 4, 2));
            Term rhs = ((CallExpr) e.form()).operands().get(1);
            assertThat(rhs.location()).isEqualTo(new Location("t.rego", 4, 16));
        }

        @Test
        void columnsCountCharactersNotBytes() {
            Rule r = parse("package p\np if { x := \"é\"; y := x }").rules().get(0);
            assertThat(r.body().get(1).location().column()).isEqualTo(18);
        }
    }
}
