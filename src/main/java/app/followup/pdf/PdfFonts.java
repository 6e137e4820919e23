package app.followup.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif, parsed once per process and embedded as a subset into each document, with DejaVu Sans for
 * the characters Liberation lacks (Arabic, Armenian, Georgian, many symbols). Parsing the fonts and starting
 * PDFBox take most of a short letter's PDF time, so {@link #preload(Runnable)} can do it on another core while the
 * notes are still being read; the fallback is parsed and embedded only when a letter needs it.
 */
final class PdfFonts {
    /** The parsed fonts are shared: one document at a time uses them. */
    static final Object LOCK = new Object();

    final GlyphFilter regular;
    final GlyphFilter bold;

    PdfFonts(PDDocument document) throws IOException {
        this.regular = new GlyphFilter(PDType0Font.load(document, Parsed.REGULAR, true),
                PdfFonts::fallbackRegular, () -> embed(document, fallbackRegular()));
        this.bold = new GlyphFilter(PDType0Font.load(document, Parsed.BOLD, true),
                PdfFonts::fallbackBold, () -> embed(document, fallbackBold()));
    }

    private static PDType0Font embed(PDDocument document, TrueTypeFont font) {
        try {
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("the fallback font cannot be embedded", e);
        }
    }

    static TrueTypeFont regularFont() {
        return Parsed.REGULAR;
    }

    static TrueTypeFont boldFont() {
        return Parsed.BOLD;
    }

    static TrueTypeFont fallbackRegular() {
        return Fallback.REGULAR;
    }

    static TrueTypeFont fallbackBold() {
        return Fallback.BOLD;
    }

    /** Runs the warm-up on a daemon thread; harmless if called more than once. */
    static void preload(Runnable warmUp) {
        Thread thread = new Thread(() -> {
            try {
                warmUp.run();
            } catch (RuntimeException e) {
                // the real render will meet the same problem and report it
            }
        }, "followup-pdf-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static final class Parsed {
        static final TrueTypeFont REGULAR = parse("liberation/LiberationSerif-Regular.ttf");
        static final TrueTypeFont BOLD = parse("liberation/LiberationSerif-Bold.ttf");

        static TrueTypeFont parse(String resource) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the class path: " + resource);
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // PDFBox applies glyph substitution word by word, with a regular expression built for each word:
                // about 0.15 ms a word, 28 s for a 1 MB field. Liberation's only Latin feature is "ccmp", which NFC
                // text never needs, and the fallback draws no Latin text, so its ligatures are never reached either.
                font.setEnableGsub(false);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("font cannot be read: " + resource, e);
            }
        }
    }

    /** A holder of its own, so that the larger fallback files are read only when a letter needs them. */
    private static final class Fallback {
        static final TrueTypeFont REGULAR = Parsed.parse("net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
        static final TrueTypeFont BOLD = Parsed.parse("net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf");
    }
}
