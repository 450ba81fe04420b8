package dk.aarhus.sistercities.linkcheck;

/** What checking an address found; every status but {@link #OK} and {@link #REDIRECTED} is a broken link. */
public enum LinkStatus {
    /** Answered 2xx (or a 3xx that is no redirect). */
    OK,
    /** Answered 301, 302, 303, 307 or 308: it has moved, to the recorded location. */
    REDIRECTED,
    /** Answered 4xx or 5xx. */
    HTTP_ERROR,
    /** No connection, or no answer, within the timeout. */
    TIMEOUT,
    /** The host name is not known (DNS). */
    UNKNOWN_HOST,
    /** The connection was refused or broke off. */
    UNREACHABLE,
    /** Not an http or https address: never requested. */
    INVALID;

    public boolean broken() {
        return this != OK && this != REDIRECTED;
    }
}
