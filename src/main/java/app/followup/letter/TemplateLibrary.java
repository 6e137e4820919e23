package app.followup.letter;

import app.followup.model.Language;
import app.followup.model.Stage;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The letter templates: one per language and stage, named like {@code nb-sponsor.mustache}. A file of the same
 * name in the user's template folder replaces the built-in one. Each template is compiled once; an override is
 * compiled again only when the file changes.
 */
public final class TemplateLibrary {
    // HTML escaping off: letters are plain text. Values are data; Mustache never parses them as templates.
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true);

    private final Path overrideFolder;
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    public TemplateLibrary(Path overrideFolder) {
        this.overrideFolder = overrideFolder;
    }

    /** Templates from the user's folder ({@link UserFolders#templates()}) over the built-in ones. */
    public static TemplateLibrary standard() {
        return new TemplateLibrary(UserFolders.templates());
    }

    public static String fileName(Language language, Stage stage) {
        return language.code() + "-" + stage.code() + ".mustache";
    }

    public Template template(Language language, Stage stage) {
        return named(fileName(language, stage));
    }

    /** Any built-in template by its file name, such as {@code en-nudge.mustache}, with the user's override. */
    public Template named(String name) {
        Path override = overrideFolder == null ? null : overrideFolder.resolve(name);
        long stamp = lastModified(override);
        Compiled compiled = cache.get(name);
        if (compiled == null || compiled.stamp != stamp) {
            compiled = new Compiled(stamp, compile(name, stamp == 0 ? null : override));
            cache.put(name, compiled);
        }
        return compiled.template;
    }

    private static long lastModified(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? Math.max(1, Files.getLastModifiedTime(file).toMillis())
                    : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Template compile(String name, Path override) {
        try (Reader reader = override != null ? Files.newBufferedReader(override, StandardCharsets.UTF_8)
                : builtIn(name)) {
            return COMPILER.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("letter template " + name + " cannot be read", e);
        }
    }

    private static Reader builtIn(String name) {
        InputStream in = TemplateLibrary.class.getResourceAsStream("templates/" + name);
        if (in == null) {
            throw new IllegalStateException("built-in letter template missing: " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private record Compiled(long stamp, Template template) {
    }
}
