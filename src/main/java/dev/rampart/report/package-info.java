/** Text, JSON, SARIF 2.1.0 and JUnit XML writers, and the exit-code policy. */
package dev.rampart.report;
