package dk.aarhus.sistercities.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port (real HTTP), with MockMvc and a clock tests can move
 * ({@link TestClock}) and its password checks counted ({@link PasswordChecks}). Every test class with this annotation, and nothing else on the class that
 * changes the configuration, shares ONE application context (Spring's context cache), so the
 * application starts once per test run instead of once per class. Instead of {@code @DirtiesContext},
 * {@link DataReset} puts the database back to what a freshly started application has (the seed, the
 * first administrator, no sessions, no audit entries) before each class, or before each test with
 * {@link ResetDataBeforeEachTest}.
 *
 * <p>Tagged {@value #TAG}: these run in the build's {@code app} run (integration-test phase), not in
 * the quick {@code ./mvnw test} loop.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({TestClock.Config.class, PasswordChecks.Config.class, DataReset.class})
@ExtendWith(DataReset.BeforeEachClass.class)
@Tag(FullAppTest.TAG)
public @interface FullAppTest {

    /** The tag of tests that start the application (run after {@code package}, see pom.xml). */
    String TAG = "app";
}
