package dev.rampart;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Rampart's own version, as Maven wrote it into the jar; every stage that stamps output uses it. */
public final class RampartVersion {
    private static final String VERSION = load();

    private RampartVersion() {}

    /** The built version, or {@code unknown} when the build did not record one. */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = RampartVersion.class.getResourceAsStream("/rampart-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
