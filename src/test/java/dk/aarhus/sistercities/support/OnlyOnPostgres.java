package dk.aarhus.sistercities.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Runs only in the build's {@code postgres} run, not on H2: for what exists only with PostgreSQL, such as
 * several instances on one database (behind a load balancer the site runs on PostgreSQL; the embedded H2
 * file belongs to one process). The {@code app} run leaves out this tag (see pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@AlsoOnPostgres
@Tag(OnlyOnPostgres.TAG)
public @interface OnlyOnPostgres {

    String TAG = "postgres-only";
}
