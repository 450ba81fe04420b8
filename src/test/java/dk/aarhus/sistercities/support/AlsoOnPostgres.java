package dk.aarhus.sistercities.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Runs a second time on a real PostgreSQL server, in the build's {@code postgres} run (see pom.xml and
 * {@link TestDatabase}). For the tests that touch the database in ways H2 could hide: the mapping and
 * the repositories' queries against the Flyway schema, the seed, publishing and revisions, optimistic and
 * row locks, sessions in the database (Spring Session JDBC), the login throttle's queries on the audit
 * log, import and export, what hostile or oversized input does to a real server's columns (PostgreSQL
 * refuses a NUL character in text, H2 stores it), and two instances on one database. Tests of HTTP,
 * HTML, browsers and configuration, which read the same content whatever the database, run on H2 only.
 * On a method: only that test of the class runs again (the class's other tests do not reach the database).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(AlsoOnPostgres.TAG)
public @interface AlsoOnPostgres {

    String TAG = "postgres";
}
