package dev.rampart.template;

import dev.rampart.template.tree.ParseLimits;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How to read templates: parameter values, the region and account to assume when a template does not
 * say (CDK environments win), parse limits, and the clock that stamps {@code generated_at}.
 *
 * @param parameters parameter name → value (list parameters: comma-separated), applied to every top-level
 *     stack that declares the parameter
 * @param region region for {@code AWS::Region} when no CDK environment gives one; null when unknown
 * @param account account id for {@code AWS::AccountId} when no CDK environment gives one; null when unknown
 * @param declaredSomewhere parameters named on purpose (the command line's {@code --param}): a run where no
 *     template declares one of them is refused, since a misspelt name would silently leave its parameter
 *     unset; values from a parameter file may name parameters of other stacks and are not checked
 */
public record TemplateOptions(Map<String, String> parameters, String region, String account, ParseLimits limits,
        Clock clock, Set<String> declaredSomewhere) {

    public TemplateOptions {
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
        declaredSomewhere = declaredSomewhere == null ? Set.of() : Set.copyOf(declaredSomewhere);
        limits = limits == null ? ParseLimits.DEFAULTS : limits;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** No parameters, no region or account, default limits, the system clock. */
    public static TemplateOptions defaults() {
        return new TemplateOptions(Map.of(), null, null, ParseLimits.DEFAULTS, Clock.systemUTC(), Set.of());
    }

    public TemplateOptions withParameters(Map<String, String> values) {
        return new TemplateOptions(values, region, account, limits, clock, declaredSomewhere);
    }

    public TemplateOptions withRegion(String value) {
        return new TemplateOptions(parameters, value, account, limits, clock, declaredSomewhere);
    }

    public TemplateOptions withAccount(String value) {
        return new TemplateOptions(parameters, region, value, limits, clock, declaredSomewhere);
    }

    public TemplateOptions withLimits(ParseLimits value) {
        return new TemplateOptions(parameters, region, account, value, clock, declaredSomewhere);
    }

    /** Parameter names that some template read must declare ({@code --param}). */
    public TemplateOptions withDeclaredSomewhere(Set<String> names) {
        return new TemplateOptions(parameters, region, account, limits, clock, names);
    }

    public TemplateOptions withClock(Clock value) {
        return new TemplateOptions(parameters, region, account, limits, value, declaredSomewhere);
    }
}
