/**
 * The host runtime: runs Rampart modules on Chicory in compiled mode. Values live here, in a per-evaluation
 * handle arena; the module calls the imports of {@link dev.rampart.wasm.abi.HostImport}.
 */
package dev.rampart.wasm.runtime;
