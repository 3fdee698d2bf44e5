/** Loads policy sets, evaluates them against a snapshot, and turns deny results into findings under budgets. */
package dev.rampart.engine;
