package app.followup.userfiles;

import app.followup.model.Language;
import app.followup.model.Stage;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The letter templates: one per language and stage, named like {@code nb-sponsor.mustache}. A file of the same
 * name in the user's template folder replaces the built-in one. Each template is compiled once; an override is
 * compiled again only when the file changes. A user's template that cannot be used (broken Mustache, not UTF-8,
 * unreadable, a partial) is a {@link TemplateException} naming the file and the line; where a caller gave a
 * {@link #fallingBackToBuiltIn notice}, the built-in template is used instead and the notice told.
 */
public final class TemplateLibrary {
    // HTML escaping off: letters are plain text. Values are data; Mustache never parses them as templates.
    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true);

    private static final Pattern PARSER_LINE = Pattern.compile("^(.*?)\\s*@ line (\\d+)$");

    private final Path overrideFolder;
    private final Consumer<TemplateException> fallbackNotice;
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    public TemplateLibrary(Path overrideFolder) {
        this(overrideFolder, null);
    }

    private TemplateLibrary(Path overrideFolder, Consumer<TemplateException> fallbackNotice) {
        this.overrideFolder = overrideFolder;
        this.fallbackNotice = fallbackNotice;
    }

    /**
     * The same templates, but a broken one of the user's gives way to the built-in one (the window keeps showing a
     * letter), and the notice is told once per version of the broken file.
     */
    public TemplateLibrary fallingBackToBuiltIn(Consumer<TemplateException> notice) {
        return new TemplateLibrary(overrideFolder, notice);
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
            compiled = new Compiled(stamp, stamp == 0 ? compileBuiltIn(name) : compileOverride(name, override));
            cache.put(name, compiled);
        }
        return compiled.template;
    }

    private Template compileOverride(String name, Path override) {
        try {
            return compileUserTemplate(override);
        } catch (TemplateException e) {
            if (fallbackNotice == null) {
                throw e;
            }
            fallbackNotice.accept(e);
            return compileBuiltIn(name);
        }
    }

    private static Template compileUserTemplate(Path file) {
        Template template;
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()))) {
            template = COMPILER.compile(reader);
        } catch (MalformedInputException e) {
            throw new TemplateException(file, "not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new TemplateException(file, "cannot be read: " + e.getMessage(), e);
        } catch (MustacheException e) {
            if (e.getCause() instanceof MalformedInputException) {
                // the compiler reads the file and wraps what the reader throws
                throw new TemplateException(file, "not UTF-8 text; save it as UTF-8", e);
            }
            if (e.getCause() instanceof IOException io) {
                throw new TemplateException(file, "cannot be read: " + io.getMessage(), e);
            }
            Matcher line = PARSER_LINE.matcher(String.valueOf(e.getMessage()));
            throw new TemplateException(file, line.matches() ? "line " + line.group(2) + ": " + line.group(1)
                    : String.valueOf(e.getMessage()), e);
        }
        refuseIncludes(file, template);
        return template;
    }

    /** Letters are made from one file: a partial ({{> name}}) would fail only when the letter is written. */
    private static void refuseIncludes(Path file, Template template) {
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
            }

            @Override
            public boolean visitInclude(String name) {
                throw new TemplateException(file, "{{> " + name + "}}: other templates cannot be included", null);
            }

            @Override
            public boolean visitParent(String name) {
                throw new TemplateException(file, "{{< " + name + "}}: other templates cannot be included", null);
            }

            @Override
            public boolean visitSection(String name) {
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                return true;
            }
        });
    }

    private static long lastModified(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? Math.max(1, Files.getLastModifiedTime(file).toMillis())
                    : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static Template compileBuiltIn(String name) {
        try (Reader reader = builtIn(name)) {
            return COMPILER.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("letter template " + name + " cannot be read", e);
        }
    }

    /** The built-in templates ship with the composer, as resources of the letter package. */
    private static Reader builtIn(String name) {
        InputStream in = TemplateLibrary.class.getResourceAsStream("/app/followup/letter/templates/" + name);
        if (in == null) {
            throw new IllegalStateException("built-in letter template missing: " + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private record Compiled(long stamp, Template template) {
    }
}
