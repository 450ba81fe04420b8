package dk.aarhus.sistercities.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link FullAppTest} class: {@link DataReset} puts the database back to the freshly started
 * state before each test method, not only before the class (tests that edit the same seeded cities).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ResetDataBeforeEachTest {
}
