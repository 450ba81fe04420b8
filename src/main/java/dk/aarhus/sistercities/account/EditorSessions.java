package dk.aarhus.sistercities.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * An editor's sessions, as Spring Session keeps them in the database (so every instance sees them all):
 * listed with when each began, when it was last used and in which browser, and ended one by one or all
 * but this one. A session is named on the page by a random handle of its own, never by its id, which is
 * what its cookie carries.
 */
@Component
class EditorSessions {

    static final String HANDLE = "sistercities.session.handle";
    static final String BROWSER = "sistercities.session.browser";
    static final String SYSTEM = "sistercities.session.system";

    /**
     * One session of the editor's.
     *
     * @param current whether it is the one this request came with
     */
    record EditorSession(String handle, Instant started, Instant lastSeen, String browser, String system,
            boolean current) {
    }

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    EditorSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    /** Marks the request's session as a whole login: its handle, and the browser in plain words. */
    static void loggedIn(HttpServletRequest request) {
        HttpSession session = request.getSession();
        BrowserName name = BrowserName.of(request.getHeader("User-Agent"));
        session.setAttribute(HANDLE, UUID.randomUUID().toString());
        session.setAttribute(BROWSER, name.browser());
        session.setAttribute(SYSTEM, name.system());
    }

    /** The editor's logged-in sessions, this one first, then the most recently used. */
    List<EditorSession> of(String username, HttpServletRequest request) {
        Set<String> current = currentIds(request);
        return sessions(username).entrySet().stream()
                .filter(entry -> entry.getValue().getAttribute(HANDLE) != null)
                .map(entry -> {
                    Session s = entry.getValue();
                    return new EditorSession(s.getAttribute(HANDLE), s.getCreationTime(), s.getLastAccessedTime(),
                            s.getAttribute(BROWSER), s.getAttribute(SYSTEM), current.contains(entry.getKey()));
                })
                .sorted(Comparator.comparing(EditorSession::current).reversed()
                        .thenComparing(EditorSession::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends the editor's session with this handle, unless it is this one; answers whether one was ended. */
    boolean end(String username, String handle, HttpServletRequest request) {
        Set<String> current = currentIds(request);
        List<String> ended = sessions(username).entrySet().stream()
                .filter(entry -> handle != null && handle.equals(entry.getValue().getAttribute(HANDLE)))
                .filter(entry -> !current.contains(entry.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        ended.forEach(repository.getObject()::deleteById);
        return !ended.isEmpty();
    }

    /** Ends every session of the editor but this request's; answers how many. */
    int endOthers(String username, HttpServletRequest request) {
        Set<String> current = currentIds(request);
        List<String> others = sessions(username).keySet().stream().filter(id -> !current.contains(id)).toList();
        others.forEach(repository.getObject()::deleteById);
        return others.size();
    }

    /** Ends every session of the account (an administrator reset its second factor, say). */
    void endAll(String username) {
        List.copyOf(sessions(username).keySet()).forEach(repository.getObject()::deleteById);
    }

    private Map<String, ? extends Session> sessions(String username) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        return sessions == null ? Map.of() : sessions.findByPrincipalName(username);
    }

    /**
     * This request's session: its id now, and the one it came with. A login or a password change gives it a new
     * id, which the database learns only when the request is done, so it is still stored under the old one.
     */
    private static Set<String> currentIds(HttpServletRequest request) {
        Set<String> ids = new HashSet<>();
        HttpSession session = request.getSession(false);
        if (session != null) {
            ids.add(session.getId());
        }
        if (request.getRequestedSessionId() != null) {
            ids.add(request.getRequestedSessionId());
        }
        return ids;
    }
}
