package dev.rampart.template;

import dev.rampart.template.tree.ParseLimits;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * How to read templates: parameter values, the region and account to assume when a template does not
 * say (CDK environments win), parse limits, and the clock that stamps {@code generated_at}.
 *
 * @param parameters parameter name → value (list parameters: comma-separated), applied to every top-level
 *     stack that declares the parameter
 * @param region region for {@code AWS::Region} when no CDK environment gives one; null when unknown
 * @param account account id for {@code AWS::AccountId} when no CDK environment gives one; null when unknown
 */
public record TemplateOptions(
        Map<String, String> parameters, String region, String account, ParseLimits limits, Clock clock) {

    public TemplateOptions {
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
        limits = limits == null ? ParseLimits.DEFAULTS : limits;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** No parameters, no region or account, default limits, the system clock. */
    public static TemplateOptions defaults() {
        return new TemplateOptions(Map.of(), null, null, ParseLimits.DEFAULTS, Clock.systemUTC());
    }

    public TemplateOptions withParameters(Map<String, String> values) {
        return new TemplateOptions(values, region, account, limits, clock);
    }

    public TemplateOptions withRegion(String value) {
        return new TemplateOptions(parameters, value, account, limits, clock);
    }

    public TemplateOptions withAccount(String value) {
        return new TemplateOptions(parameters, region, value, limits, clock);
    }

    public TemplateOptions withLimits(ParseLimits value) {
        return new TemplateOptions(parameters, region, account, value, clock);
    }

    public TemplateOptions withClock(Clock value) {
        return new TemplateOptions(parameters, region, account, limits, value);
    }
}
