package app.followup;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A stress or fuzz run at full size: left out of {@code mvn test}, run by {@code mvn test -Pheavy} and by CI after
 * the normal suite. Both tags are needed: JUnit Jupiter and jqwik each read only their own.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(Heavy.TAG)
@net.jqwik.api.Tag(Heavy.TAG)
public @interface Heavy {
    String TAG = "heavy";
}
