/**
 * OPA's value model on the host: null, boolean, number, string, array, object and set, with OPA's
 * equality, total ordering, JSON/YAML conversion and Rego-syntax printing.
 *
 * <p>Values are immutable and cheap to share: a document parsed once is read by every policy of a
 * scan. Objects and sets keep their members sorted in OPA's order (so iteration never re-sorts) and
 * carry a hash index for constant-time lookup once they are larger than a handful of members.
 */
package dev.rampart.wasm.value;
