package dev.rampart.collect;

import dev.rampart.snapshot.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountState;
import software.amazon.awssdk.services.organizations.model.AccountStatus;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Which accounts a run reads and how it gets into each: the base credentials' own account, or a role assumed
 * in every account of {@code --accounts} or of the organisation ({@code --role-arn} with {@code {account}}).
 *
 * @param callerAccount the account of the base credentials
 * @param accounts the accounts to read, sorted
 * @param roleArnTemplate the role to assume in each ({@code {account}} replaced), or null to use the base
 *     credentials
 */
record AccountPlan(String callerAccount, List<String> accounts, String roleArnTemplate) {
    static final String PLACEHOLDER = "{account}";

    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern ROLE_ARN =
            Pattern.compile("arn:aws[a-z-]*:iam::(\\{account}|[0-9]{12}):role/[\\w+=,.@/-]+");

    /** The role to assume in {@code account}, or null for the base credentials. */
    String roleArn(String account) {
        return roleArnTemplate == null ? null : roleArnTemplate.replace(PLACEHOLDER, account);
    }

    /**
     * Decides the plan from the options, asking STS who the base credentials are and, for
     * {@code --organization}, Organizations for the active accounts.
     *
     * @throws CollectException when the options contradict each other, the credentials do not work, or the
     *     account list cannot be read: nothing could be collected then
     */
    static AccountPlan decide(CollectOptions options, Calls calls, AwsClients clients,
            software.amazon.awssdk.auth.credentials.AwsCredentialsProvider base, String homeRegion) {
        String roleArn = options.roleArn();
        if (roleArn == null && (!options.accounts().isEmpty() || options.organization())) {
            throw new CollectException("--accounts and --organization read other accounts through a role: give"
                    + " --role-arn too, e.g. --role-arn 'arn:aws:iam::{account}:role/RampartReadOnly'");
        }
        if (options.externalId() != null && roleArn == null) {
            throw new CollectException("--external-id is used when assuming --role-arn; give --role-arn too");
        }
        String caller = callerAccount(calls, clients, base, homeRegion);
        if (roleArn == null) {
            return new AccountPlan(caller, List.of(caller), null);
        }
        Matcher m = ROLE_ARN.matcher(roleArn);
        if (!m.matches()) {
            throw new CollectException("--role-arn '" + roleArn + "' is not an IAM role ARN such as"
                    + " arn:aws:iam::{account}:role/RampartReadOnly");
        }
        if (!roleArn.contains(PLACEHOLDER)) {
            if (!options.accounts().isEmpty() || options.organization()) {
                throw new CollectException("--role-arn names one account (" + m.group(1) + "); to read several,"
                        + " write {account} where the account id goes");
            }
            return new AccountPlan(caller, List.of(m.group(1)), roleArn);
        }
        if (options.organization() == !options.accounts().isEmpty()) {
            throw new CollectException("--role-arn with {account} needs exactly one of --accounts and --organization");
        }
        List<String> accounts = options.organization()
                ? organizationAccounts(calls, clients, base, homeRegion)
                : checkedAccounts(options.accounts());
        return new AccountPlan(caller, accounts, roleArn);
    }

    private static List<String> checkedAccounts(List<String> given) {
        TreeSet<String> accounts = new TreeSet<>();
        for (String a : given) {
            String id = a.trim();
            if (!ACCOUNT_ID.matcher(id).matches()) {
                throw new CollectException("--accounts: '" + a + "' is not a 12-digit AWS account id");
            }
            accounts.add(id);
        }
        return List.copyOf(accounts);
    }

    private static String callerAccount(Calls calls, AwsClients clients,
            software.amazon.awssdk.auth.credentials.AwsCredentialsProvider base, String homeRegion) {
        List<Gap> failures = new ArrayList<>();
        Calls capturing = calls.forScope(null, homeRegion, failures::add);
        GetCallerIdentityResponse identity;
        String what = "the identity of the AWS credentials";
        try (var sts = clients.sts(base, homeRegion)) {
            identity = capturing.one(Api.STS_GET_CALLER_IDENTITY, what, List.of(), sts::getCallerIdentity);
        }
        if (identity == null || identity.account() == null) {
            Gap failure = failures.isEmpty() ? null : failures.get(0);
            if (failure != null && Set.of(CallFailure.CONNECTION, CallFailure.TIMEOUT).contains(failure.errorCode())) {
                throw new CollectException("AWS STS could not be reached in " + homeRegion
                        + " (sts:GetCallerIdentity): " + Calls.cause(failure, what));
            }
            throw new CollectException("the AWS credentials do not work"
                    + (failure == null ? "" : ": sts:GetCallerIdentity failed: " + Calls.cause(failure, what))
                    + ". Rampart uses the standard credential chain (environment, --profile or AWS_PROFILE,"
                    + " SSO, container and instance roles).");
        }
        return identity.account();
    }

    private static List<String> organizationAccounts(Calls calls, AwsClients clients,
            software.amazon.awssdk.auth.credentials.AwsCredentialsProvider base, String homeRegion) {
        List<Gap> failures = new ArrayList<>();
        Calls capturing = calls.forScope(null, homeRegion, failures::add);
        List<ListAccountsResponse> pages;
        String what = "the organisation's accounts";
        try (var organizations = clients.organizations(base, homeRegion)) {
            pages = capturing.pages(Api.ORGANIZATIONS_LIST_ACCOUNTS, what, List.of(),
                    organizations.listAccountsPaginator(r -> r.maxResults(20)));
        }
        if (pages == null) {
            throw new CollectException("--organization: organizations:ListAccounts failed: "
                    + Calls.cause(failures.get(0), what) + ". The credentials must belong to the management account"
                    + " or a delegated administrator of the organisation.");
        }
        TreeSet<String> accounts = new TreeSet<>();
        for (ListAccountsResponse page : pages) {
            for (Account a : page.accounts()) {
                if (a.id() != null && isActive(a)) {
                    accounts.add(a.id());
                }
            }
        }
        return List.copyOf(accounts);
    }

    // Organizations reports the newer State, or only the older Status.
    private static boolean isActive(Account a) {
        if (a.state() != null && a.state() != AccountState.UNKNOWN_TO_SDK_VERSION) {
            return a.state() == AccountState.ACTIVE;
        }
        return a.status() == AccountStatus.ACTIVE;
    }
}
