package dev.rampart.rego.ast;

/** What an expression does: test a term, call a function or operator, declare or iterate with {@code some}, or quantify with {@code every}. */
public sealed interface ExprForm permits TermExpr, CallExpr, SomeDecl, SomeIn, Every {}
