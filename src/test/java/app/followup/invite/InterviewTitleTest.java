package app.followup.invite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The position in the titles and subjects recruiters write, and none where a title names no interview. */
class InterviewTitleTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Second interview - Senior Account Executive | Senior Account Executive",
        "Second interview - Senior Account Executive, Saturday 28 November 2pm | Senior Account Executive",
        "Andre intervju – Key Account Manager | Key Account Manager",
        "Andre intervju – Key Account Manager, lørdag 28. november kl. 10.00 | Key Account Manager",
        "Interview: Regional Sales Manager, North | Regional Sales Manager, North",
        "Intervju: Salgssjef | Salgssjef",
        "2nd round – Enterprise Account Executive (Tue 3 Dec, 10:00) | Enterprise Account Executive",
        "RE: Interview for Account Manager on 3/12 | Account Manager",
        "Fwd: Runde 2: Salgsrådgiver 12.12 | Salgsrådgiver",
        "Key Account Manager – andre intervju | Key Account Manager",
        "Final interview - Sales Director, Sun Microsystems | Sales Director, Sun Microsystems",
        "Intervju: KAM fredag kl. 9 | KAM",
    })
    void thePositionIsWhatFollowsTheInterviewWithoutTheDate(String title, String position) {
        assertThat(InterviewTitle.position(title)).contains(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lunch with James", "Catch-up meeting", "Kaffe samtale", "Interview", "",
        "Second interview - Saturday 28 November 2pm", "Interview with Brightwave Logistics"})
    void aTitleThatNamesNoPositionGivesNone(String title) {
        assertThat(InterviewTitle.position(title)).isEmpty();
    }
}
