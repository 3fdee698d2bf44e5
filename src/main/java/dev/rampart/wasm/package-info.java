/** The backend: IR to a WebAssembly module, the host runtime it imports (values, built-ins), and execution on Chicory. */
package dev.rampart.wasm;
