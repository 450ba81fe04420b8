package dk.aarhus.sistercities.city;

/** Where a partnership stands. Anything but ACTIVE is shown to citizens with its reason and date. */
public enum CityStatus {
    ACTIVE, PAUSED, ENDED
}
