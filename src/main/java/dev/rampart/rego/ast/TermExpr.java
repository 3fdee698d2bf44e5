package dev.rampart.rego.ast;

/** An expression that is a single term; it succeeds when the term is defined and not {@code false}. */
public record TermExpr(Term term) implements ExprForm {}
