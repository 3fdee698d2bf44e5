package dev.rampart.template.map;

import java.util.Set;

/** Maps one family of CloudFormation resource types (e.g. security groups and their rule resources). */
interface FamilyMapper {
    /** The CloudFormation types this mapper consumes; other types are counted as unsupported. */
    Set<String> types();

    /**
     * The CloudFormation types whose resources this mapper reads: its own, and any it consults without giving
     * them a snapshot kind. Only resources of these types can change what the snapshot says.
     */
    default Set<String> reads() {
        return types();
    }

    /** Emits the family's snapshot records (and gaps) into {@code ctx}. */
    void map(MappingContext ctx);
}
