package dk.aarhus.sistercities.city;

/**
 * Where a partnership stands. Anything but ACTIVE is shown to citizens with its reason and date;
 * an ENDED partnership is listed under the former partnerships.
 */
public enum CityStatus {
    /** Cooperation as agreed. */
    ACTIVE,
    /** Still a partnership, with less cooperation than before (e.g. Harbin since 2021). */
    LIMITED,
    /** Cooperation suspended for now. */
    PAUSED,
    /** No longer a partnership. */
    ENDED;

    public boolean current() {
        return this != ENDED;
    }
}
