/** CDK cloud assemblies ({@code cdk.out}): the stacks a manifest lists, with their environments. */
package dev.rampart.template.cdk;
