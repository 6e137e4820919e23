package app.followup;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DEVELOPERS.md: one-way data flow, the window only in ui. */
@AnalyzeClasses(packages = "app.followup", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.followup.ui..")
            .and().doNotHaveFullyQualifiedName("app.followup.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule theModelIsPureData = noClasses()
            .that().resideInAPackage("app.followup.model..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                    "com.fasterxml..", "app.followup.notes..", "app.followup.letter..", "app.followup.pdf..",
                    "app.followup.mail..", "app.followup.cli..", "app.followup.ui..", "app.followup.advice..");

    @ArchTest
    static final ArchRule exportersNeverReadNotes = noClasses()
            .that().resideInAnyPackage("app.followup.pdf..", "app.followup.mail..")
            .should().dependOnClassesThat().resideInAnyPackage("app.followup.notes..", "app.followup.cli..",
                    "app.followup.ui..");

    @ArchTest
    static final ArchRule theComposerKnowsNoFilesNorExporters = noClasses()
            .that().resideInAPackage("app.followup.letter..")
            .should().dependOnClassesThat().resideInAnyPackage("app.followup.notes..", "app.followup.pdf..",
                    "app.followup.mail..", "app.followup.cli..", "app.followup.ui..");

    @ArchTest
    static final ArchRule theNotesFileKnowsNothingAboveIt = noClasses()
            .that().resideInAPackage("app.followup.notes..")
            .should().dependOnClassesThat().resideInAnyPackage("app.followup.letter..", "app.followup.pdf..",
                    "app.followup.mail..", "app.followup.cli..", "app.followup.ui..");

    @ArchTest
    static final ArchRule nothingBelowTheSurfaceCallsTheCommandLineOrWindow = noClasses()
            .that().resideOutsideOfPackages("app.followup.cli..", "app.followup.ui..")
            .and().doNotHaveFullyQualifiedName("app.followup.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("app.followup.cli..", "app.followup.ui..");
}
