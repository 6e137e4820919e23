package app.followup.letter;

/**
 * The form a noun takes in a sentence, which a replacement keeps when it swaps one noun for another. English has
 * only the two indefinite slots.
 */
enum NounSlot {
    SINGULAR, DEFINITE_SINGULAR, PLURAL, DEFINITE_PLURAL
}
