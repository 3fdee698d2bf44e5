package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Something that could not be collected or resolved. A gap that touches a resource names it, so a rule
 * that stays undecided for that resource can say why.
 *
 * @param resource id of the resource whose field is unknown
 * @param field JSON pointer inside that resource, e.g. {@code /subnet_ids/0}
 * @param reason human-readable cause
 * @param location where in the template the unresolved value is
 * @param api collection gaps: the failed call, e.g. {@code ec2:DescribeRouteTables}
 * @param errorCode collection gaps: {@code AccessDenied}, {@code Throttling}, {@code Timeout} …
 */
public record Gap(
        Kind kind,
        String resource,
        String field,
        String reason,
        Location location,
        String account,
        String region,
        String api,
        String errorCode) {

    /** A template value that could not be resolved. */
    public static Gap unresolved(String resource, String field, String reason, Location location) {
        return new Gap(Kind.UNRESOLVED, resource, field, reason, location, null, null, null, null);
    }

    /** A live API call that failed after retries. */
    public static Gap collection(String account, String region, String api, String errorCode, String reason) {
        return new Gap(Kind.COLLECTION, null, null, reason, null, account, region, api, errorCode);
    }

    /** The kind of gap. */
    public enum Kind implements JsonEnum {
        UNRESOLVED("unresolved"),
        COLLECTION("collection");

        private final String json;

        Kind(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static Kind fromJson(String text) {
            return JsonEnum.fromJson(Kind.class, text);
        }
    }
}
