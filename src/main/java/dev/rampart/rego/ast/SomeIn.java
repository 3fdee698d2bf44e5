package dev.rampart.rego.ast;

/**
 * {@code some value in collection} or {@code some key, value in collection} (key null in the first form).
 * The compiler rewrites it to {@code value = collection[key]} with fresh local variables.
 */
public record SomeIn(Term key, Term value, Term collection) implements ExprForm {}
