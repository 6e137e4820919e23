package app.followup.ui.controls;

/** The zoom a PDF viewer steps through with its buttons, keys and wheel, as a share of the paper's true size. */
final class ZoomSteps {
    static final double MIN = 0.25;
    static final double MAX = 2;
    private static final double[] STEPS = {0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2};
    /** A zoom this close to a step is on it: a width-fitted 66.8 % steps up to 75 %, not to 67 %. */
    private static final double ON_STEP = 0.005;

    private ZoomSteps() {
    }

    static double above(double zoom) {
        for (double step : STEPS) {
            if (step > zoom + ON_STEP) {
                return step;
            }
        }
        return MAX;
    }

    static double below(double zoom) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < zoom - ON_STEP) {
                return STEPS[i];
            }
        }
        return MIN;
    }

    static double clamp(double wanted) {
        return Math.max(MIN, Math.min(MAX, wanted));
    }
}
