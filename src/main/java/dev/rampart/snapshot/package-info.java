/** The normalised snapshot document: resource records, JSON (de)serialisation, schema validation. */
package dev.rampart.snapshot;
