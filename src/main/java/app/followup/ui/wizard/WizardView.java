package app.followup.ui.wizard;

import app.followup.ui.controls.SpaceOpensList;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import app.followup.ui.MainViewModel;
import app.followup.ui.common.I18n;
import app.followup.ui.common.Styles;
import app.followup.ui.controls.Forms;
import app.followup.ui.controls.PdfPagesView;
import app.followup.ui.wizard.pages.ChallengePageView;
import app.followup.ui.wizard.pages.ChallengePageViewModel;
import app.followup.ui.wizard.pages.DecisionPageView;
import app.followup.ui.wizard.pages.DecisionPageViewModel;
import app.followup.ui.wizard.pages.InterviewPageView;
import app.followup.ui.wizard.pages.InterviewPageViewModel;
import app.followup.ui.wizard.pages.LetterPageView;
import app.followup.ui.wizard.pages.LetterPageViewModel;
import app.followup.ui.wizard.pages.NextStepPageView;
import app.followup.ui.wizard.pages.NextStepPageViewModel;
import app.followup.ui.wizard.pages.ParticipantsPageView;
import app.followup.ui.wizard.pages.ParticipantsPageViewModel;
import app.followup.ui.wizard.pages.PrivatePageView;
import app.followup.ui.wizard.pages.PrivatePageViewModel;
import app.followup.ui.wizard.pages.TermsPageView;
import app.followup.ui.wizard.pages.TermsPageViewModel;
import app.followup.ui.wizard.pages.VisionPageView;
import app.followup.ui.wizard.pages.VisionPageViewModel;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The wizard: the step list at the side, the current page, Back and Next, and the letter beside it all. */
public final class WizardView extends BorderPane {
    private final MainViewModel main;
    private final WizardViewModel wizard;
    private final I18n i18n;
    private final StackPane pageHolder = new StackPane();
    private final StackPane previewHolder = new StackPane();
    private final List<Node> pages = new ArrayList<>();
    /** At 1024×700 the letter page's fields and buttons need this much; the PDF preview then has the rest. */
    private static final double PAGE_MIN_WIDTH = 400;
    /**
     * The page names (292), the letter page (400) and a PDF page with body text at 9 px or more (a zoom of 64 %:
     * 548 with its margins and scroll bar) side by side.
     */
    private static final double ROOM_FOR_NAMES_BESIDE_THE_LETTER = 1250;
    private PageRoom room;
    private boolean checklistWasOpen = true;
    /** Shorter than this, the open checklist left the letter page's preview only the letterhead in sight. */
    private static final double SHORT_WINDOW = 800;
    /** Whether the checklist was open before the letter page folded it; null while the page has not. */
    private Boolean openBeforeTheLetter;

    public WizardView(MainViewModel main) {
        this.main = main;
        this.wizard = main.wizard();
        this.i18n = main.i18n();
        Forms forms = new Forms(i18n, wizard.page(TermsPageViewModel.class)::addTheirWord);
        LetterPageView letterView = new LetterPageView(forms, wizard.page(LetterPageViewModel.class));
        pages.add(new InterviewPageView(forms, wizard.page(InterviewPageViewModel.class), main::pasteNotes).page());
        pages.add(new ParticipantsPageView(forms, wizard.page(ParticipantsPageViewModel.class)).page());
        pages.add(new ChallengePageView(forms, wizard.page(ChallengePageViewModel.class), main::pasteNotes).page());
        pages.add(new VisionPageView(forms, wizard.page(VisionPageViewModel.class)).page());
        pages.add(new DecisionPageView(forms, wizard.page(DecisionPageViewModel.class)).page());
        pages.add(new NextStepPageView(forms, wizard.page(NextStepPageViewModel.class)).page());
        pages.add(new TermsPageView(forms, wizard.page(TermsPageViewModel.class)).page());
        pages.add(new PrivatePageView(forms, wizard.page(PrivatePageViewModel.class)).page());
        pages.add(letterView.page());

        Node livePreview = livePreview(wizard.page(LetterPageViewModel.class));
        PdfPagesView pdfPreview = pdfPreview(wizard.page(LetterPageViewModel.class));

        ChecklistView checklist = new ChecklistView(main.advice(), wizard, i18n);
        checklist.setPadding(new Insets(12, 16, 0, 16));
        VBox side = new VBox(new NudgeOfferView(main.nudgeOffer(), i18n), checklist, previewHolder);
        VBox.setVgrow(previewHolder, Priority.ALWAYS);
        SplitPane split = new SplitPane(pageHolder, side);
        split.setId("wizard-split");
        pageHolder.setMinWidth(PAGE_MIN_WIDTH);
        room = new PageRoom(split, side, 0.6);
        pdfPreview.wideProperty().addListener((o, old, wide) -> showWide(wide, checklist));
        wizard.currentProperty().addListener(o -> foldTheChecklistForTheLetterInAShortWindow(checklist));
        wizard.currentProperty().addListener((o, old, now) -> {
            if (!wizard.onLetterPage()) {
                pdfPreview.wideProperty().set(false);
            }
            show(now.intValue(), livePreview, pdfPreview);
        });
        show(0, livePreview, pdfPreview);
        // a document opened or started: the dialog or file chooser that came first has closed, typing starts here
        wizard.startsProperty().addListener(
                o -> FirstFieldFocus.whenShown(this, pageHolder, pages.get(wizard.currentProperty().get())));
        StepList steps = new StepList(wizard, i18n);
        foldStepsWhereThePageNeedsTheRoom(steps);
        setLeft(steps);
        setCenter(split);
        setBottom(navigation(letterView.actions()));
        setTop(roundBar());
        getStyleClass().add("wizard");
    }

    private void show(int index, Node livePreview, Node pdfPreview) {
        Node page = pages.get(index);
        pageHolder.getChildren().setAll(page);
        previewHolder.getChildren().setAll(wizard.onLetterPage() ? pdfPreview : livePreview);
        room.show(page, wizard.onLetterPage());
        FirstFieldFocus.whenShown(this, pageHolder, page);
    }

    /**
     * The page names fold to their numbers where the page on show needs the width: the letter page in a window too
     * narrow for the names, an editor of a useful width and the PDF at a readable size side by side (1024×700), and
     * any page whose content (a table) is wider than the room the names leave it. Decided from the window's width,
     * not the room left now, so that folding never unfolds itself.
     */
    private void foldStepsWhereThePageNeedsTheRoom(StepList steps) {
        steps.foldedProperty().bind(Bindings.createBooleanBinding(
                () -> getWidth() > 0 && (wizard.onLetterPage() && getWidth() < ROOM_FOR_NAMES_BESIDE_THE_LETTER
                        || room.pageNeedsProperty().get() > getWidth() - StepList.OPEN_WIDTH),
                wizard.currentProperty(), widthProperty(), room.pageNeedsProperty()));
    }

    /** Every page of the letter's true PDF, drawn as sharp as the zoom and the screen need. */
    private PdfPagesView pdfPreview(LetterPageViewModel letter) {
        PdfPagesView pages = new PdfPagesView(i18n, letter.preview().pagesProperty());
        pages.setId("pdf-preview");
        letter.preview().pixelsPerPointProperty().bind(pages.wantedPixelsPerPoint());
        main.document().reloadsProperty().addListener(o -> pages.showFromTheTop());
        return pages;
    }

    /**
     * On the letter page of a short window (1024×700) the checklist starts folded to its title line and count, one
     * click from open, so that the preview shows the letter and not only its letterhead. Leaving the page puts it
     * back as it was; a user who opens it on the letter page keeps it open there. A checklist with nothing to say
     * is one line already and stays as it is.
     */
    private void foldTheChecklistForTheLetterInAShortWindow(ChecklistView checklist) {
        if (wizard.onLetterPage()) {
            // "no remarks" is one line already: nothing to fold
            if (openBeforeTheLetter == null && checklist.hasItems() && getScene() != null
                    && getScene().getHeight() < SHORT_WINDOW) {
                openBeforeTheLetter = checklist.openProperty().get();
                checklist.openProperty().set(false);
            }
        } else if (openBeforeTheLetter != null) {
            checklist.openProperty().set(openBeforeTheLetter);
            openBeforeTheLetter = null;
        }
    }

    /** Wide view is for reading the pages: the checklist folds to its title line meanwhile, and opens again after. */
    private void showWide(boolean wide, ChecklistView checklist) {
        if (wide) {
            checklistWasOpen = checklist.openProperty().get();
            checklist.openProperty().set(false);
        } else {
            checklist.openProperty().set(checklistWasOpen);
        }
        room.showWide(wide);
    }

    private Node livePreview(LetterPageViewModel letter) {
        TextArea text = new TextArea();
        text.setId("live-letter");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("letter-preview");
        text.textProperty().bind(letter.email().shown());
        Label title = new Label();
        title.textProperty().bind(i18n.text("letter.preview"));
        title.getStyleClass().addAll("title-4", "preview-title");
        VBox box = new VBox(8, title, text);
        VBox.setVgrow(text, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        return box;
    }

    /** Back and Next; on the letter page, where there is no next page, the letter's own actions in their place. */
    private Node navigation(Node letterActions) {
        Button back = new Button();
        back.setId("back");
        back.textProperty().bind(i18n.text("nav.back"));
        back.disableProperty().bind(wizard.canGoBackBinding().not());
        back.setOnAction(e -> wizard.back());
        Button next = new Button();
        next.setId("next");
        next.textProperty().bind(i18n.text("nav.next"));
        next.disableProperty().bind(wizard.canGoNextBinding().not());
        next.setDefaultButton(false);
        next.getStyleClass().add("accent");
        next.setOnAction(e -> wizard.next());
        BooleanBinding onLetterPage = Bindings.createBooleanBinding(wizard::onLetterPage, wizard.currentProperty());
        letterActions.visibleProperty().bind(onLetterPage);
        letterActions.managedProperty().bind(onLetterPage);
        next.visibleProperty().bind(onLetterPage.not());
        next.managedProperty().bind(onLetterPage.not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, letterActions, spacer, back, next);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("nav-bar");
        return bar;
    }

    private Node roundBar() {
        RoundsViewModel roundsModel = main.rounds();
        ComboBox<Integer> rounds = SpaceOpensList.on(new ComboBox<>(roundsModel.rounds()));
        rounds.setId("round-selector");
        Runnable select = () -> rounds.getSelectionModel().select(roundsModel.shown());
        main.document().notesProperty().addListener(o -> select.run());
        main.document().roundIndexProperty().addListener(o -> select.run());
        select.run();
        rounds.setCellFactory(v -> roundCell(roundsModel));
        rounds.setButtonCell(roundCell(roundsModel));
        i18n.localeProperty().addListener(o -> rounds.setButtonCell(roundCell(roundsModel)));
        // the shown round's date can change under it (typed on page 1, or taken from an invitation) while the
        // selection stays: the closed selector said "29 November" for a round of 28 November
        main.document().notesProperty().addListener(o -> {
            String label = rounds.getValue() == null ? null : roundsModel.label(rounds.getValue());
            ListCell<Integer> button = rounds.getButtonCell();
            if (button != null && !java.util.Objects.equals(button.getText(), label)) {
                button.setText(label);
            }
        });
        rounds.valueProperty().addListener((o, old, now) -> roundsModel.choose(now));
        // never narrower than the round and its date; the file's name is in the window's title
        rounds.setMinWidth(Region.USE_PREF_SIZE);
        Label deadline = new Label();
        deadline.setId("deadline-banner");
        deadline.getStyleClass().add("deadline-banner");
        deadline.textProperty().bind(main.advice().deadline());
        deadline.visibleProperty().bind(deadline.textProperty().isNotEmpty());
        deadline.managedProperty().bind(deadline.visibleProperty());
        deadline.textProperty().addListener(o -> deadline.pseudoClassStateChanged(Styles.OVERDUE,
                main.advice().overdue()));
        deadline.pseudoClassStateChanged(Styles.OVERDUE, main.advice().overdue());
        deadline.setMaxWidth(560);
        deadline.setWrapText(true);
        deadline.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, rounds, spacer, deadline);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("round-bar");
        return bar;
    }

    private static ListCell<Integer> roundCell(RoundsViewModel rounds) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer index, boolean empty) {
                super.updateItem(index, empty);
                setText(empty ? null : rounds.label(index));
            }
        };
    }
}
