package dk.aarhus.sistercities.ops;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

/**
 * Tells the connection pool to drop a connection the database closed. Hikari knows PostgreSQL's codes
 * for it, but not H2's ("database is already closed" once an H2 server stopped): without this a busy
 * pool handed out the same dead connections for as long as it stayed busy, and the instance never
 * became ready again after the database came back. Named in {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class LostConnections implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return e instanceof SQLNonTransientConnectionException ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
