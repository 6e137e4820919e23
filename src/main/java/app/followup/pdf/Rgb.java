package app.followup.pdf;

/** A colour as PDF operators take it (0 to 1 per channel), without loading java.awt. */
record Rgb(float red, float green, float blue) {
    Rgb(int red, int green, int blue) {
        this(red / 255f, green / 255f, blue / 255f);
    }
}
