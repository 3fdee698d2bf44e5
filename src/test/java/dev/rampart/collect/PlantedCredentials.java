package dev.rampart.collect;

import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Fake credentials shaped like real ones, planted so that tests can prove they never reach any output. The
 * assumed-role credentials are the ones {@code aws/accounts/sts/AssumeRole-*.xml} hands out.
 */
public final class PlantedCredentials {
    private PlantedCredentials() {}

    public static final String ACCESS_KEY_ID = "AKIAZ7QW3RT5YUVB2N4M";
    public static final String SECRET_ACCESS_KEY = "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";

    public static final String ASSUMED_ACCESS_KEY_ID_1 = "ASIAQ3XK7M2P9R4T6W8Y";
    public static final String ASSUMED_SECRET_1 = "Zx8Cv7Bn6Mq5Wl4Ek3Rj2Th1Yg0Uf9Id8Os7Pa6S";
    public static final String ASSUMED_ACCESS_KEY_ID_2 = "ASIAH6J8K2L4N7P9Q1S3";
    public static final String ASSUMED_SECRET_2 = "Lk2Jh4Gf6Ds8Aq0Pw1Oe3Ir5Ut7Yy9Tr2Ew4Qa6Z";
    public static final String ASSUMED_ACCESS_KEY_ID_MANAGEMENT = "ASIAV5B7N9M1K3J5H7G9";
    public static final String ASSUMED_SECRET_MANAGEMENT = "Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9Lz1Xc3Vb5Nm7Q";
    /** Start of the planted session tokens (each is long; any part of one must not leak). */
    public static final String SESSION_TOKEN_MARK = "IQoJb3JpZ2luX2VjEPlanted";

    public static AwsCredentialsProvider base() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY));
    }

    /** The session tokens STS hands out in the recorded AssumeRole responses, whole. */
    public static List<String> sessionTokens() {
        List<String> tokens = new java.util.ArrayList<>();
        for (String account : List.of("111111111111", "222222222222", "999999999999")) {
            String xml = AwsMock.resource("accounts/sts/AssumeRole-" + account + ".xml");
            tokens.add(xml.substring(xml.indexOf("<SessionToken>") + 14, xml.indexOf("</SessionToken>")));
        }
        return tokens;
    }

    /**
     * A shared credentials file holding the planted keys under profile {@code planted}, for runs that go
     * through the standard credential chain ({@code --profile planted}).
     */
    public static String credentialsFile() {
        return "[planted]\naws_access_key_id = " + ACCESS_KEY_ID + "\naws_secret_access_key = " + SECRET_ACCESS_KEY
                + "\n";
    }

    /** Every planted secret, including the assumed-role ones; none may appear in any output. */
    public static List<String> all() {
        List<String> all = new java.util.ArrayList<>(sessionTokens());
        all.addAll(List.of(ACCESS_KEY_ID, SECRET_ACCESS_KEY, ASSUMED_ACCESS_KEY_ID_1, ASSUMED_SECRET_1,
                ASSUMED_ACCESS_KEY_ID_2, ASSUMED_SECRET_2, ASSUMED_ACCESS_KEY_ID_MANAGEMENT, ASSUMED_SECRET_MANAGEMENT,
                SESSION_TOKEN_MARK));
        return all;
    }
}
