import java.io.IOException;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the Java 5 class files in the image's jar (picocli's, vinnie's) as Java 8 class files with stack maps,
 * unchanged otherwise. Java 25's AOT cache leaves out every class older than Java 6 that the training run linked
 * (the old verifier's results cannot be recorded), so each start verified and linked picocli's 228 classes anew:
 * a third of {@code followup --version}. Run by {@link BuildDistribution} on Java 24 or later (the class-file API),
 * before jpackage copies the jar: {@code java packaging/UpgradeClassFiles.java JAR}.
 */
public final class UpgradeClassFiles {
    private static final int FIRST_WITH_STACK_MAPS = ClassFile.JAVA_6_VERSION;

    private UpgradeClassFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgraded");
        int count = 0;
        try (URLClassLoader classes = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(upgraded);
                ZipOutputStream out = new ZipOutputStream(file)) {
            // stack maps name the common supertype where branches meet: found in the JDK or else in the jar itself
            ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver
                    .defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classes))));
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().endsWith(".class")) {
                    byte[] newer = upgrade(classFile, bytes, entry.getName());
                    count += newer == bytes ? 0 : 1;
                    bytes = newer;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(count + " class files from before Java 6 rewritten as Java 8 class files in " + jar);
    }

    private static byte[] upgrade(ClassFile classFile, byte[] bytes, String name) {
        ClassModel model = classFile.parse(bytes);
        if (model.majorVersion() >= FIRST_WITH_STACK_MAPS) {
            return bytes;
        }
        try {
            // rebuilding each method's code is what makes the class-file API compute its stack maps
            return classFile.transformClass(model, ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                    .andThen((builder, element) -> {
                        if (element instanceof ClassFileVersion) {
                            builder.withVersion(ClassFile.JAVA_8_VERSION, 0);
                        } else {
                            builder.with(element);
                        }
                    }));
        } catch (IllegalArgumentException e) {
            // e.g. jsr/ret subroutines, which have no stack maps: the class stays as it was, only slower to load
            System.out.println("kept as it was: " + name + " (" + e.getMessage() + ")");
            return bytes;
        }
    }
}
