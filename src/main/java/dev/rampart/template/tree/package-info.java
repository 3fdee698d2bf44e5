/**
 * Templates as one small immutable tree whatever their syntax: JSON (Jackson's streaming parser) and
 * YAML (snakeyaml-engine's composer, short-form tags turned into their long forms) both become
 * {@link dev.rampart.template.tree.TemplateNode}s carrying file, line and column, within size, depth
 * and alias limits.
 */
package dev.rampart.template.tree;
