package dk.aarhus.sistercities.account;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** An account as the list shows it; {@code self} is the administrator looking at the list. */
record AccountRow(long id, String username, String displayName, Role role, boolean enabled, ZonedDateTime created,
        boolean self, boolean secondFactor) {

    /** Times are shown as people in Aarhus read them. */
    static final ZoneId AARHUS = ZoneId.of("Europe/Copenhagen");

    static AccountRow of(Account account, String currentUsername) {
        return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.isEnabled(), account.getCreatedAt().atZone(AARHUS),
                account.getUsername().equals(currentUsername), account.hasSecondFactor());
    }
}
