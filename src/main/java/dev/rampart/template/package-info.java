/** CloudFormation/CDK templates into snapshot resources, resolving intrinsics; unresolvable values stay unknown. */
package dev.rampart.template;
