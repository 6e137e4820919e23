package app.followup;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of docs/architecture.md, every package of ours in one of them. Data flows one way: the notes are read
 * into the model, composed into a letter, exported and advised on; the command line and the window drive it all.
 * Three outside libraries are layers too, so that the same rule says who may touch them: the file system and the
 * network (only where files are read and written, never in the model or the composer), Jackson (only the notes
 * file) and JavaFX (only the window).
 */
@AnalyzeClasses(packages = "app.followup", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            // a new package has to take its place in a layer before it can be used
            .ensureAllClassesAreContainedInArchitecture()
            .layer("Launcher").definedBy("app.followup")
            .layer("Window").definedBy("app.followup.ui..")
            .layer("CommandLine").definedBy("app.followup.cli..")
            // the one export path both front ends share; optional until it is merged
            .optionalLayer("Export").definedBy("app.followup.export..")
            .layer("Advice").definedBy("app.followup.advice..")
            .layer("Applications").definedBy("app.followup.applications..")
            .layer("Pdf").definedBy("app.followup.pdf..")
            .layer("Mail").definedBy("app.followup.mail..")
            .layer("Invite").definedBy("app.followup.invite..")
            .layer("Pasted").definedBy("app.followup.pasted..")
            .layer("Letter").definedBy("app.followup.letter..")
            .layer("Notes").definedBy("app.followup.notes..")
            .layer("UserFiles").definedBy("app.followup.userfiles..")
            .layer("Model").definedBy("app.followup.model..")
            .optionalLayer("FilesAndNetwork").definedBy("java.nio.file..", "java.net..")
            .optionalLayer("Jackson").definedBy("com.fasterxml..")
            .optionalLayer("JavaFx").definedBy("javafx..")

            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("UserFiles").mayOnlyAccessLayers("Model", "FilesAndNetwork")
            .whereLayer("Notes").mayOnlyAccessLayers("Model", "FilesAndNetwork", "Jackson")
            .whereLayer("Letter").mayOnlyAccessLayers("Model", "UserFiles")
            .whereLayer("Mail").mayOnlyAccessLayers("Model", "Letter")
            .whereLayer("Pdf").mayOnlyAccessLayers("Model", "Letter")
            .whereLayer("Invite").mayOnlyAccessLayers("Mail", "FilesAndNetwork")
            .whereLayer("Pasted").mayOnlyAccessLayers("Model", "Letter")
            .whereLayer("Applications").mayOnlyAccessLayers("Model", "Notes", "Letter", "Pdf", "FilesAndNetwork")
            .whereLayer("Advice").mayOnlyAccessLayers("Model", "Letter", "Pdf", "Mail")
            .whereLayer("Export").mayOnlyAccessLayers("Model", "UserFiles", "Notes", "Letter", "Pdf", "Mail",
                    "FilesAndNetwork")
            .whereLayer("CommandLine").mayOnlyAccessLayers("Launcher", "Model", "UserFiles", "Notes", "Letter",
                    "Pdf", "Mail", "Applications", "Advice", "Export", "FilesAndNetwork")
            .whereLayer("Window").mayOnlyAccessLayers("Launcher", "Model", "UserFiles", "Notes", "Letter", "Pdf",
                    "Mail", "Invite", "Pasted", "Applications", "Advice", "Export", "FilesAndNetwork", "JavaFx")
            .whereLayer("Launcher").mayOnlyAccessLayers("CommandLine", "Window", "FilesAndNetwork");
}
