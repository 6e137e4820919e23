package app.followup.ui;

import java.text.Normalizer;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * How long the window's text areas take to show long pasted text (set the text and lay it out, then one more
 * typed character), with and without what DisplayText does. Run by bench/window.sh --long-text; prints ms.
 */
public final class LongTextBenchmark extends Application {
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(LongTextBenchmark.class, args);
        }
    }

    private Stage stage;
    private boolean wrap = true;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 560, 400));
        stage.show();
        String prose = "Kundene våre er partnere, og kanalen må vokse i takt med markedet. ";
        String decomposed = Normalizer.normalize(prose, Normalizer.Form.NFD);
        String hebrew = "הלקוחות שלנו הם שותפים והערוץ חייב לצמוח. ";
        String mixed = "😀 漢字 עברית e\u0301\u0302 \u202e ";
        measure("Norwegian prose, composed, 20,000 chars", prose, 20_000, false, UnaryOperator.identity());
        measure("Norwegian prose, decomposed, 2,000 chars, field as before", decomposed, 2_000, false,
                UnaryOperator.identity());
        measure("Norwegian prose, decomposed, 5,000 chars, field as before", decomposed, 5_000, false,
                UnaryOperator.identity());
        measure("Norwegian prose, decomposed, 20,000 chars, composing field", decomposed, 20_000, true,
                UnaryOperator.identity());
        measure("Hebrew prose, 2,000 chars, wrapping", hebrew, 2_000, true, UnaryOperator.identity());
        measure("Hebrew prose, 5,000 chars, wrapping", hebrew, 5_000, true, UnaryOperator.identity());
        wrap = false;
        measure("Hebrew prose, 20,000 chars, not wrapping", hebrew, 20_000, true, UnaryOperator.identity());
        measure("Norwegian prose, decomposed, 20,000 chars, not wrapping", decomposed, 20_000, false,
                UnaryOperator.identity());
        measure("line with marks + 20,000-char word, not wrapping", mixed + "x".repeat(20_000), 20_000, false,
                UnaryOperator.identity());
        wrap = true;
        measure("letter line with marks + 2,000-char word, preview as before", mixed + "x".repeat(2_000), 2_000,
                false, UnaryOperator.identity());
        measure("letter line with marks + 20,000-char word, preview as now", mixed + "x".repeat(20_000), 20_000,
                false, DisplayText::forReading);
        measure("Hebrew prose, 20,000 chars, preview as now", hebrew, 20_000, false, DisplayText::forReading);
        Platform.exit();
    }

    private void measure(String what, String unit, int length, boolean composing, UnaryOperator<String> shown) {
        String text = shown.apply(unit.repeat(length / unit.length() + 1).substring(0, length));
        TextArea area = new TextArea();
        area.setWrapText(wrap);
        if (composing) {
            area.setTextFormatter(DisplayText.composing());
        }
        stage.getScene().setRoot(new StackPane(area));
        long start = System.nanoTime();
        area.setText(text);
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        long set = System.nanoTime();
        area.appendText("y");
        stage.getScene().getRoot().layout();
        long typed = System.nanoTime();
        System.out.printf("%-66s show %6d ms, one more character %6d ms%n", what, (set - start) / 1_000_000,
                (typed - set) / 1_000_000);
    }
}
