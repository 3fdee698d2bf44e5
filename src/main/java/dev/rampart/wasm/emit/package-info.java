/** The backend: turns a planned {@link dev.rampart.rego.ir.Plan} into WebAssembly module bytes. */
package dev.rampart.wasm.emit;
