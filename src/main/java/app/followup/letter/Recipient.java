package app.followup.letter;

/** Someone the letter's email goes to. */
public record Recipient(String name, String email) {
}
