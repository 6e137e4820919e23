package app.followup.ui.wizard.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.followup.Samples;
import app.followup.letter.Block;
import app.followup.letter.Letter;
import app.followup.letter.LetterComposer;
import app.followup.pdf.PagePreview;
import app.followup.ui.common.BackgroundRunner;
import app.followup.userfiles.TemplateLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The letter's true PDF preview without the toolkit: every page drawn, sharper on zoom, the newest letter wins. */
class LetterPreviewTest {
    private static final Letter SHORT = new LetterComposer(new TemplateLibrary(null))
            .compose(Samples.load(Samples.NORDLYS), 0, LocalDate.of(2026, 11, 26));
    private static final Letter LONG = longer(SHORT);

    /** Background work held until the test lets it run: the work and the hand-over to the window apart. */
    private static final class HeldRunner implements BackgroundRunner {
        private record Held(Callable<?> work, Consumer<Object> onDone) {
        }

        private final List<Held> held = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            held.add(new Held(work, (Consumer<Object>) onDone));
        }

        @Override
        public void later(Runnable work, long delayMillis) {
            work.run();
        }

        Object work(int index) throws Exception {
            return held.get(index).work().call();
        }

        void deliver(int index, Object result) {
            held.get(index).onDone().accept(result);
        }

        void runAll() throws Exception {
            for (int i = 0; i < held.size(); i++) {
                deliver(i, work(i));
            }
        }
    }

    private static Letter longer(Letter base) {
        List<Block> body = new ArrayList<>(base.body());
        body.addAll(Collections.nCopies(30, new Block.Paragraph(List.of(
                "Dette er et langt avsnitt som gjentas, slik at hilsenen og signaturen havner på side to."))));
        return new Letter(base.language(), base.subject(), body, base.senderLines(), base.recipientLines(),
                base.placeAndDate(), base.author(), base.to(), base.cc(), true, List.of(), base.copyLine());
    }

    @Test
    void everyPageOfATwoPageLetterIsDrawnAndCounted() {
        LetterPreview preview = new LetterPreview(new BackgroundRunner.Immediate(), s -> { });
        preview.refresh(LONG);
        PagePreview.Pages pages = preview.pagesProperty().get();
        assertThat(pages.count()).isEqualTo(2);
        assertThat(preview.pagesOf(LONG)).hasValue(2);
        assertThat(pages.pages()).allSatisfy(page -> assertThat(page.width()).isEqualTo(595));
        assertThat(pages.widthInPoints(1)).isCloseTo(595, offset(1.0));
        // the second page is not blank: the signature is there
        int[] second = pages.pages().get(1).argb();
        assertThat(Arrays.stream(second).filter(pixel -> (pixel & 0xffffff) < 0x808080).count())
                .isGreaterThan(100);
    }

    @Test
    void aNewResolutionDrawsTheSameLetterSharperWithoutLayingItOutAgain() {
        LetterPreview preview = new LetterPreview(new BackgroundRunner.Immediate(), s -> { });
        preview.refresh(LONG);
        int[] layouts = {0};
        preview.drawnProperty().addListener(o -> layouts[0]++);
        preview.pixelsPerPointProperty().set(2);
        PagePreview.Pages sharper = preview.pagesProperty().get();
        assertThat(sharper.count()).isEqualTo(2);
        assertThat(sharper.pages().get(0).width()).as("twice the pixels of 72 dpi").isBetween(1190, 1191);
        assertThat(sharper.widthInPoints(0)).as("the same paper").isCloseTo(595, offset(1.0));
        assertThat(layouts[0]).as("the page count the advice reads did not change").isZero();
    }

    @Test
    void aHugeZoomOnAManyPageLetterStaysWithinTheMemoryBudget() {
        assertThat(LetterPreview.affordable(2, 1)).isEqualTo(2);
        assertThat(LetterPreview.affordable(16, 1)).isEqualTo(LetterPreview.MAX_PIXELS_PER_POINT);
        double forForty = LetterPreview.affordable(4, 40);
        assertThat(forForty * forForty * 595 * 842 * 40).isLessThanOrEqualTo(LetterPreview.PIXEL_BUDGET * 1.0001);
    }

    @Test
    void onlyTheNewestLetterIsShownWhateverOrderTheWorkFinishesIn() throws Exception {
        HeldRunner runner = new HeldRunner();
        LetterPreview preview = new LetterPreview(runner, s -> { });
        preview.refresh(SHORT);
        Object shortDrawn = runner.work(0);
        preview.refresh(LONG);
        runner.deliver(0, shortDrawn);
        assertThat(preview.pagesProperty().get()).as("an older letter that finishes late is not shown").isNull();
        assertThat(preview.pagesOf(SHORT)).isEmpty();
        runner.deliver(1, runner.work(1));
        assertThat(preview.pagesProperty().get().count()).isEqualTo(2);
        assertThat(preview.pagesOf(LONG)).hasValue(2);
    }

    @Test
    void aZoomWhileANewLetterIsBeingLaidOutShowsTheNewLetter() throws Exception {
        HeldRunner runner = new HeldRunner();
        LetterPreview preview = new LetterPreview(runner, s -> { });
        preview.refresh(SHORT);
        runner.runAll();
        preview.refresh(LONG);
        preview.pixelsPerPointProperty().set(1.5);
        runner.runAll();
        assertThat(preview.pagesOf(LONG)).hasValue(2);
        assertThat(preview.pagesProperty().get().count()).isEqualTo(2);
        assertThat(preview.pagesProperty().get().pixelsPerPoint()).isEqualTo(1.5f);
    }
}
