/**
 * The planner's output: a small, closed set of statements in the spirit of OPA's {@code ir} package, which
 * the Wasm backend walks. See {@code docs/ir.md}.
 */
package dev.rampart.rego.ir;
