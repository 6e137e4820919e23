package app.followup.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The user guide as pages the browser shows, written from the copy that travels inside the program (the build puts
 * {@code docs/user-guide.md}, the documents it links to, and its pictures there), so that it opens without a
 * network and matches the version installed. The Markdown is turned into HTML with CommonMark; links from one
 * document to another lead to the other's page.
 */
public final class UserGuide {
    private static final String PACKAGED = "/app/followup/guide/";
    private static final String GUIDE = "user-guide";
    /** The guide and the documents it links to. */
    private static final List<String> DOCUMENTS = List.of(GUIDE, "advice", "applications", "notes-format");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>%s</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
                   line-height: 1.5; color: #1f2328; }
            img { max-width: 100%%; border: 1px solid #d1d9e0; }
            code, pre { background: #f6f8fa; }
            a { color: #0b6e4f; }
            </style></head><body>
            %s
            </body></html>
            """;

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .attributeProviderFactory(context -> (node, tag, attributes) -> linkToPage(node, attributes))
            .build();

    /** Writes the pages and their pictures into the folder (made if missing); the guide's own page is returned. */
    public Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("images"));
        for (String document : DOCUMENTS) {
            String markdown = new String(packaged(document + ".md").readAllBytes(), StandardCharsets.UTF_8);
            Node parsed = parser.parse(markdown);
            String html = PAGE.formatted(title(markdown), renderer.render(parsed));
            Files.writeString(folder.resolve(document + ".html"), html, StandardCharsets.UTF_8);
            try {
                copyPictures(parsed, folder);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return folder.resolve(GUIDE + ".html");
    }

    private static InputStream packaged(String name) throws IOException {
        InputStream in = UserGuide.class.getResourceAsStream(PACKAGED + name);
        if (in == null) {
            throw new IOException("the user guide is not in this build (" + name + ")");
        }
        return in;
    }

    /** The first heading, as the window's title. */
    private static String title(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("# ")).map(line -> line.substring(2).strip())
                .findFirst().orElse("FollowUp");
    }

    private static void copyPictures(Node document, Path folder) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String source = image.getDestination();
                if (source.startsWith("images/") && !source.contains("..")) {
                    try (InputStream in = packaged(source)) {
                        Files.copy(in, folder.resolve(source), StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    /** A link to one of the documents written here leads to its page rather than to its Markdown. */
    private static void linkToPage(Node node, Map<String, String> attributes) {
        if (node instanceof Link && attributes.containsKey("href")) {
            String href = attributes.get("href");
            int hash = href.indexOf('#');
            String file = hash < 0 ? href : href.substring(0, hash);
            String anchor = hash < 0 ? "" : href.substring(hash);
            if (file.endsWith(".md") && DOCUMENTS.contains(file.substring(0, file.length() - 3))) {
                attributes.put("href", file.substring(0, file.length() - 3) + ".html" + anchor);
            }
        }
    }
}
