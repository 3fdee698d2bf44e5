package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/**
 * A Rego term: a scalar, a variable, a reference, a collection, a comprehension or a call.
 *
 * <p>Terms compare equal by value: their locations are ignored by {@code equals} and {@code hashCode},
 * so terms can be used as keys and in sets just as OPA compares them.
 */
public sealed interface Term
        permits NullTerm, BooleanTerm, NumberTerm, StringTerm, Var, Ref, ArrayTerm, SetTerm, ObjectTerm,
                ArrayComprehension, SetComprehension, ObjectComprehension, Call {

    /** Where the term starts in its source. */
    Location location();

    /** True for terms that can be evaluated without bindings and never fail: scalars and collections of them. */
    default boolean isGround() {
        return Terms.isGround(this);
    }

    /** True for null, booleans, numbers and strings. */
    default boolean isScalar() {
        return this instanceof NullTerm || this instanceof BooleanTerm || this instanceof NumberTerm
                || this instanceof StringTerm;
    }
}
