/**
 * The planner: lowers a compiled policy and its entrypoints (documents and queries) to the IR of
 * {@link dev.rampart.rego.ir}, following OPA's evaluation semantics. See {@code docs/ir.md}.
 */
package dev.rampart.rego.plan;
