package dk.aarhus.sistercities.site;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, the pool's wait for a
 * connection over) from any other: only such a failure is answered "briefly unavailable, try again"
 * rather than as an error of the site.
 */
final class DatabaseOutage {

    private final DataSource dataSource;

    DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The failure says the database is unreachable; or it came from the database without saying why (a
     * request in flight when the database went away fails on its closed connection, "Connection is closed",
     * with no SQL state) and the database does not answer now either.
     */
    boolean explains(Throwable failure) {
        return causedBy(failure) || (fromTheDatabase(failure) && !reachable());
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean fromTheDatabase(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof SQLException || name.startsWith("org.springframework.dao.")
                    || name.startsWith("org.springframework.orm.") || name.startsWith("org.springframework.transaction.")
                    || name.startsWith("org.hibernate.") || name.startsWith("jakarta.persistence.")) {
                return true;
            }
        }
        return false;
    }

    static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException || t instanceof ConnectException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01-57P03: the server shuts down or is starting.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
