/**
 * OPA's built-in functions, implemented on the host value model with OPA's names, semantics and error
 * messages. {@link dev.rampart.wasm.builtins.Builtins#lookup(String)} is the entry point; see
 * {@code docs/builtins.md} for the list and for when an error aborts evaluation.
 */
package dev.rampart.wasm.builtins;
