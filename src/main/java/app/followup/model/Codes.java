package app.followup.model;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up an enum constant by the code the notes file uses for it. */
final class Codes {
    private Codes() {
    }

    static <E> E find(E[] values, Function<E, String> code, String wanted) {
        for (E value : values) {
            if (code.apply(value).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("expected one of " + Arrays.stream(values).map(code)
                .map(c -> '"' + c + '"').collect(Collectors.joining(", ")) + ", found \"" + wanted + "\"");
    }
}
