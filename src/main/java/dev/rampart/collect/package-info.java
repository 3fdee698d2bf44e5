/** Live AWS collection through the AWS SDK for Java v2 into a snapshot; failed calls become gaps. */
package dev.rampart.collect;
