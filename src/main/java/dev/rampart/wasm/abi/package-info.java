/**
 * The interface between a module Rampart emits and the host runtime that runs it: the imported functions,
 * the handle conventions and the custom sections. It is the only thing the backend and the runtime share;
 * {@code docs/host-abi.md} documents it.
 */
package dev.rampart.wasm.abi;
