/** The Rego front end (lexer, parser, AST, compile-time checks, METADATA) and the planner that lowers rules to IR. */
package dev.rampart.rego;
