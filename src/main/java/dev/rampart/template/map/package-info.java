/**
 * Resolved template resources into snapshot records, one mapper per resource family. Mappers apply
 * AWS's defaults for properties a template leaves out, fold standalone rule/route/association resources
 * into the resource they name, and turn every unresolved value into {@code null} plus a gap.
 */
package dev.rampart.template.map;
