package dev.rampart.template;

import java.io.File;
import java.nio.file.Path;

/** Paths as locations show them: as the user gave them (relative stays relative), with {@code /}. */
public final class DisplayPaths {
    private DisplayPaths() {}

    public static String of(Path path) {
        String s = path.toString();
        return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
    }

    /** {@code child} inside the directory the user named {@code parentDisplay}. */
    public static String join(String parentDisplay, String child) {
        String c = child.replace('\\', '/');
        if (parentDisplay.isEmpty() || parentDisplay.equals(".")) {
            return c;
        }
        return parentDisplay.endsWith("/") ? parentDisplay + c : parentDisplay + "/" + c;
    }

    /** The directory part of a display path ({@code ""} for a bare file name). */
    public static String parent(String display) {
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "" : display.substring(0, slash);
    }

    /** A stack name for a plain template file: its name without the template extensions. */
    public static String stackName(String fileName) {
        String name = fileName;
        // In this order, so that "App.template.json" (CDK's naming) becomes "App".
        for (String ext : new String[] {".json", ".yaml", ".yml", ".template"}) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(ext)) {
                name = name.substring(0, name.length() - ext.length());
            }
        }
        return name.isEmpty() ? fileName : name;
    }
}
