/** Command-line interface: the picocli commands and the mapping of failures to exit codes. */
package dev.rampart.cli;
