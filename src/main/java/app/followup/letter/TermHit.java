package app.followup.letter;

/**
 * A form of an avoided word at {@code start}..{@code end} of a text: what is there, what to write instead (null
 * when it cannot be worked out for certain, and the text stays), and their word to suggest.
 */
record TermHit(int start, int end, String found, String replacement, String suggestion) {
    AvoidedForm asForm() {
        return new AvoidedForm(found, suggestion, replacement != null);
    }
}
