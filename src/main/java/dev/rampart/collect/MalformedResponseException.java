package dev.rampart.collect;

/** A response the SDK could read but that lacks what AWS always sends (an id, a required field). */
final class MalformedResponseException extends RuntimeException {
    MalformedResponseException(String message) {
        super(message);
    }
}
