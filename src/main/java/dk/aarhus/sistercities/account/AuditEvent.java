package dk.aarhus.sistercities.account;

/** What the audit log records: logins, account changes and changes to what citizens see. */
public enum AuditEvent {
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    ACCOUNT_CREATED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    CITY_PUBLISHED,
    CITY_UNPUBLISHED,
    CITY_DELETED,
    CITY_RESTORED,
    CONTENT_PUBLISHED,
    ACTIVITY_PUBLISHED,
    CONTENT_SEEDED,
    CONTENT_UPDATED,
    CONTENT_EXPORTED,
    CONTENT_IMPORTED,
    PAGE_PUBLISHED,
    PAGE_UNPUBLISHED,
    SCHEDULE_SET,
    SCHEDULE_CANCELLED,
    SCHEDULE_REFUSED
}
