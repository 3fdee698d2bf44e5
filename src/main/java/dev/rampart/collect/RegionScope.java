package dev.rampart.collect;

import dev.rampart.snapshot.AwsPartition;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One account in one region while it is being collected: its clients, its calls, and what was found there
 * (resources and gaps, gathered from many threads).
 */
final class RegionScope {
    final String account;
    final String region;
    final String partition;
    final Calls calls;
    final RegionClients clients;
    private final Set<String> scannedAccounts;
    private final CollectionProgress progress;
    private final Queue<Resource> resources = new ConcurrentLinkedQueue<>();
    private final Queue<Gap> gaps = new ConcurrentLinkedQueue<>();

    RegionScope(String account, String region, Calls calls, RegionClients clients, Set<String> scannedAccounts,
            CollectionProgress progress) {
        this.account = account;
        this.region = region;
        this.partition = AwsPartition.of(region);
        this.calls = calls.forScope(account, region, gaps::add);
        this.clients = clients;
        this.scannedAccounts = scannedAccounts;
        this.progress = progress;
    }

    void add(Resource resource) {
        resources.add(resource);
        progress.resourcesFound(1);
    }

    /** Records a gap that is not a failed call (the call worked but its answer cannot be used as it is). */
    void addGap(Gap gap) {
        gaps.add(gap);
    }

    List<Resource> resources() {
        return new ArrayList<>(resources);
    }

    List<Gap> gaps() {
        return new ArrayList<>(gaps);
    }

    /**
     * Whether a resource this account sees belongs to another account that this run also reads (a subnet
     * shared through AWS RAM, say). Such a resource is left to its owner's collection, so it appears once,
     * with its owner's view of it, however the work is sharded.
     */
    boolean ownedByAnotherScannedAccount(String ownerId) {
        return ownerId != null && !ownerId.equals(account) && scannedAccounts.contains(ownerId);
    }

    /** The account that owns a resource: the owner AWS reports, else this account. */
    String owner(String ownerId) {
        return ownerId == null || ownerId.isBlank() ? account : ownerId;
    }

    /** The location of a live resource: its ARN. */
    static Location at(String arn) {
        return Location.ofArn(arn);
    }

    /** The ARN of an EC2 resource, e.g. {@code arn:aws:ec2:eu-west-1:111111111111:vpc/vpc-0abc}. */
    String ec2Arn(String owner, String type, String id) {
        return Arns.of(partition, "ec2", region, owner, type + "/" + id);
    }
}
