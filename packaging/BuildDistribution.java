import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds FollowUp's self-contained app image and this system's installer. Maven's {@code dist} profile runs it
 * with the JDK that the image's runtime is made from ({@code dist.jdk}), after it has put the application jar
 * (without JavaFX) and this platform's JavaFX jars under {@code target/dist/}.
 *
 * <p>Steps: jlink a runtime with the JDK modules FollowUp needs and JavaFX as real modules; jpackage an app image
 * with two launchers (the window and the command line); train a start-up cache for each launcher by running it
 * for real (Java 25: an AOT cache, Java 17: a CDS archive); then, unless told otherwise, package the installer.
 *
 * <p>It is a single-file Java program so that the same build runs on Linux, Windows and macOS. Arguments:
 * {@code --version=X --target=DIR --samples=DIR --packaging=DIR --installer=TYPE[,TYPE]|none|default}.
 */
public final class BuildDistribution {
    /** The JDK modules FollowUp uses (from {@code jdeps --print-module-deps}), plus the ones it reaches by name. */
    private static final List<String> MODULES = List.of("java.base", "java.desktop", "java.logging", "java.prefs",
            "java.security.sasl", "java.sql", "jdk.unsupported", "jdk.localedata", "javafx.controls");
    private static final String LOCALES = "en,nb,nn,no";
    private static final String NOTES_SAMPLE = "vestland-energi-salgssjef.followup.json";
    private static final Duration TRAINING_LIMIT = Duration.ofMinutes(3);

    private final Map<String, String> options;
    private final Path target;
    private final Path dist;
    private final Path image;
    private final int javaFeature = Runtime.version().feature();

    private BuildDistribution(Map<String, String> options) {
        this.options = options;
        this.target = Path.of(option("target")).toAbsolutePath();
        this.dist = target.resolve("dist");
        this.image = dist.resolve(Os.CURRENT.imageName());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        new BuildDistribution(options).build();
    }

    private String option(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    private void build() throws IOException, InterruptedException {
        System.out.printf("FollowUp %s: runtime from Java %d (%s)%n", option("version"), javaFeature,
                System.getProperty("java.home"));
        Path input = dist.resolve("input");
        Path runtime = dist.resolve("runtime");
        deleteTree(runtime);
        deleteTree(image);
        List<Path> javafx = javafxModules(dist.resolve("javafx"));
        copyNativeLibraries(javafx, input);
        jlink(javafx, runtime);
        jpackageImage(input, runtime);
        StartupCache cache = StartupCache.forJava(javaFeature);
        trainCommandLine(cache);
        trainWindow(cache);
        // unless named, the installer every Debian-like system opens; elsewhere the app image alone
        String installers = option("installer").equals("default") ? (Os.CURRENT == Os.LINUX ? "deb" : "none")
                : option("installer");
        for (String installer : installers.split(",")) {
            if (!installer.isBlank() && !installer.equals("none")) {
                jpackageInstaller(installer.strip());
            }
        }
    }

    /** This platform's JavaFX jars: the modular ones with a platform classifier (the others are empty). */
    private static List<Path> javafxModules(Path folder) throws IOException {
        try (Stream<Path> jars = Files.list(folder)) {
            List<Path> modular = jars.filter(jar -> jar.getFileName().toString().endsWith("-" + Os.CURRENT.javafx
                    + ".jar")).sorted().toList();
            if (modular.isEmpty()) {
                throw new IllegalStateException("no JavaFX jars for " + Os.CURRENT.javafx + " in " + folder);
            }
            return modular;
        }
    }

    /**
     * JavaFX would extract its native libraries from the jar into the user's home at every start (and check them
     * with MD5); beside the application jar, on {@code java.library.path}, they load directly.
     */
    private static void copyNativeLibraries(List<Path> javafx, Path folder) throws IOException {
        for (Path jar : javafx) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (!entry.isDirectory() && Os.CURRENT.isNativeLibrary(entry.getName())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, folder.resolve(Path.of(entry.getName()).getFileName().toString()),
                                    StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    private void jlink(List<Path> javafx, Path runtime) {
        // no jlink --compress: a compressed module image starts slower, and the installers compress anyway
        List<String> args = new ArrayList<>(List.of(
                "--module-path", String.join(java.io.File.pathSeparator, javafx.stream().map(Path::toString).toList()),
                "--add-modules", String.join(",", MODULES),
                "--include-locales=" + LOCALES,
                "--exclude-resources=glob:/javafx.*/*.so,glob:/javafx.*/*.dll,glob:/javafx.*/*.dylib",
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString()));
        if (StartupCache.forJava(javaFeature) == StartupCache.CDS) {
            // a dynamic CDS archive is recorded on top of the runtime's base archive, which jlink leaves out
            args.add("--generate-cds-archive");
        }
        run("jlink", args);
    }

    private void jpackageImage(Path input, Path runtime) throws IOException {
        Path launcher = dist.resolve("cli-launcher.properties");
        Files.writeString(launcher, String.join("\n",
                "main-class=app.followup.Launcher",
                "win-console=true",
                "java-options=" + String.join(" ", Launchers.COMMAND_LINE.javaOptions()),
                "linux-shortcut=false",
                ""));
        List<String> args = new ArrayList<>(List.of(
                "--type", "app-image",
                "--name", "FollowUp",
                "--app-version", option("version"),
                "--vendor", "FollowUp",
                "--description", "Follow-up letters after a job interview",
                "--dest", dist.toString(),
                "--input", input.toString(),
                "--main-jar", "followup.jar",
                "--main-class", "app.followup.Launcher",
                "--runtime-image", runtime.toString(),
                "--icon", Path.of(option("packaging"), "icons", Os.CURRENT.iconFile).toString(),
                "--add-launcher", Os.CURRENT.cliLauncher + "=" + launcher));
        for (String javaOption : Launchers.WINDOW.javaOptions()) {
            args.add("--java-options");
            args.add(javaOption);
        }
        run("jpackage", args);
    }

    private void trainCommandLine(StartupCache cache) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("followup-training");
        Path sample = Path.of(option("samples"), NOTES_SAMPLE).toAbsolutePath();
        List<String> command = List.of(Os.CURRENT.launcher(image, Os.CURRENT.cliLauncher).toString(), "render",
                sample.toString(), "--today", "2026-11-26", "--pdf", work.resolve("letter.pdf").toString(),
                "--text", work.resolve("letter.txt").toString(), "--eml", work.resolve("letter.eml").toString(),
                "--ics", work.resolve("letter.ics").toString());
        train(cache, Launchers.COMMAND_LINE, command, work);
    }

    /** The window is trained only where it can be shown: under Xvfb on Linux (a script drives it there). */
    private void trainWindow(StartupCache cache) throws IOException, InterruptedException {
        if (Os.CURRENT != Os.LINUX || !onPath("xvfb-run") || !onPath("xdotool")) {
            System.out.println("window start-up cache not trained: needs Linux with xvfb-run and xdotool");
            return;
        }
        Path work = Files.createTempDirectory("followup-training");
        Path sample = Path.of(option("samples"), NOTES_SAMPLE).toAbsolutePath();
        List<String> command = List.of("sh", Path.of(option("packaging"), "linux", "train-window.sh").toString(),
                Os.CURRENT.launcher(image, "FollowUp").toString(), sample.toString());
        train(cache, Launchers.WINDOW, command, work);
    }

    private void train(StartupCache cache, Launchers launcher, List<String> command, Path work)
            throws IOException, InterruptedException {
        Path app = Os.CURRENT.appFolder(image);
        Path file = app.resolve(launcher.cacheFile(cache));
        Path log = dist.resolve("training-" + launcher.cacheName + ".log");
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // settings, recovery copies and recent files of the training run stay out of the builder's home
        process.environment().put("JAVA_TOOL_OPTIONS", cache.trainingOption(file) + " -Duser.home=" + work);
        process.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString());
        process.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
        Process running = process.start();
        boolean ended = running.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            running.descendants().forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
        }
        if (!ended || running.exitValue() != 0 || !Files.isRegularFile(file)) {
            // the program works without the cache, only slower to start: say so and go on
            System.out.println("start-up cache for " + launcher.cacheName + " not made; see " + log);
            Files.deleteIfExists(file);
            return;
        }
        Files.deleteIfExists(app.resolve(file.getFileName() + ".config"));
        String name = launcher == Launchers.WINDOW ? "FollowUp" : Os.CURRENT.cliLauncher;
        useCache(app.resolve(name + ".cfg"), cache.useOptions(launcher.cacheFile(cache)));
        System.out.printf("start-up cache for %s: %s (%d MB)%n", launcher.cacheName, file.getFileName(),
                Files.size(file) >> 20);
    }

    /** The launcher's configuration names the cache only once it exists. */
    private static void useCache(Path config, List<String> javaOptions) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(config));
        if (text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        for (String option : javaOptions) {
            text.append("java-options=").append(option).append('\n');
        }
        Files.writeString(config, text);
    }

    private void jpackageInstaller(String type) {
        Path packaging = Path.of(option("packaging"));
        List<String> args = new ArrayList<>(List.of(
                "--type", type,
                "--app-image", image.toString(),
                "--name", "FollowUp",
                "--app-version", option("version"),
                "--vendor", "FollowUp",
                "--description", "Follow-up letters after a job interview",
                "--copyright", "FollowUp contributors",
                "--dest", dist.toString(),
                "--file-associations", packaging.resolve("notes-file.properties").toString()));
        switch (Os.CURRENT) {
            case LINUX -> args.addAll(List.of(
                    "--install-dir", "/opt",
                    "--linux-package-name", "followup",
                    "--linux-shortcut",
                    "--linux-menu-group", "Office",
                    "--linux-app-category", "office",
                    "--resource-dir", packaging.resolve("linux").toString()));
            case WINDOWS -> args.addAll(List.of(
                    "--win-upgrade-uuid", "8f6c3b1e-5d2a-4c7e-9b41-2f0e6a9d7c35",
                    "--win-menu", "--win-menu-group", "FollowUp",
                    "--win-shortcut", "--win-dir-chooser", "--win-per-user-install"));
            case MAC -> args.addAll(List.of("--mac-package-identifier", "app.followup"));
        }
        run("jpackage", args);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private static void run(String tool, List<String> args) {
        System.out.println(tool + " " + String.join(" ", args));
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK"));
        int status = provider.run(System.out, System.err, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException(tool + " failed with status " + status);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The two launchers and the JVM options each starts with (measured in docs/performance.md). */
    private enum Launchers {
        WINDOW("window"), COMMAND_LINE("cli");

        final String cacheName;

        Launchers(String cacheName) {
            this.cacheName = cacheName;
        }

        String cacheFile(StartupCache cache) {
            return "followup-" + cacheName + cache.extension;
        }

        List<String> javaOptions() {
            // C1 only and the serial collector: a short-lived or mostly idle desktop process starts faster with
            // them, and the window's typing path stays far inside its budget (docs/performance.md)
            List<String> common = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-XX:-UsePerfData", "-Djava.library.path=$APPDIR", "--enable-native-access=javafx.graphics"));
            if (Runtime.version().feature() >= 24) {
                // JavaFX 21's Marlin renderer still uses sun.misc.Unsafe, which Java 24+ warns about on stderr
                common.add("--sun-misc-unsafe-memory-access=allow");
            }
            return common;
        }
    }

    /** Java 25's AOT cache, or on older JDKs a dynamic CDS archive: both record one real run. */
    private enum StartupCache {
        AOT(".aot"), CDS(".jsa");

        final String extension;

        StartupCache(String extension) {
            this.extension = extension;
        }

        static StartupCache forJava(int feature) {
            return feature >= 25 ? AOT : CDS;
        }

        String trainingOption(Path file) {
            return this == AOT ? "-XX:AOTCacheOutput=" + file : "-XX:ArchiveClassesAtExit=" + file;
        }

        /** A missing or stale cache only costs start-up time; its messages would otherwise end up on stdout. */
        List<String> useOptions(String fileName) {
            return this == AOT
                    ? List.of("-XX:AOTCache=$APPDIR/" + fileName, "-Xlog:aot*=off", "-Xlog:cds*=off")
                    : List.of("-XX:SharedArchiveFile=$APPDIR/" + fileName, "-Xlog:cds*=off");
        }
    }

    /** What differs between the systems jpackage builds for. */
    private enum Os {
        LINUX("linux", "followup.png", "followup"),
        // file names ignore case on Windows and macOS: the command line cannot be "followup" beside "FollowUp"
        WINDOWS("win", "followup.ico", "followup-cli"),
        MAC(macJavafx(), "followup.icns", "followup-cli");

        static final Os CURRENT = current();

        final String javafx;
        final String iconFile;
        final String cliLauncher;

        Os(String javafx, String iconFile, String cliLauncher) {
            this.javafx = javafx;
            this.iconFile = iconFile;
            this.cliLauncher = cliLauncher;
        }

        private static String macJavafx() {
            return System.getProperty("os.arch").equals("aarch64") ? "mac-aarch64" : "mac";
        }

        private static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.contains("win") ? WINDOWS : name.contains("mac") ? MAC : LINUX;
        }

        boolean isNativeLibrary(String entry) {
            return !entry.contains("/") && (entry.endsWith(".so") || entry.endsWith(".dll")
                    || entry.endsWith(".dylib"));
        }

        String imageName() {
            return this == MAC ? "FollowUp.app" : "FollowUp";
        }

        Path appFolder(Path image) {
            return this == MAC ? image.resolve("Contents/app") : this == WINDOWS ? image.resolve("app")
                    : image.resolve("lib/app");
        }

        Path launcher(Path image, String name) {
            return this == MAC ? image.resolve("Contents/MacOS/" + name)
                    : this == WINDOWS ? image.resolve(name + ".exe") : image.resolve("bin/" + name);
        }

    }
}
