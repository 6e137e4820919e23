package app.followup.letter;

/**
 * A form of an avoided word found in a text: what it says, what the interviewer's word is in that form (or as they
 * wrote it, when the form could not be worked out), and whether the replacement can put it in for certain.
 */
public record AvoidedForm(String found, String theirs, boolean replaceable) {
}
