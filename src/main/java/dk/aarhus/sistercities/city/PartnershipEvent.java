package dk.aarhus.sistercities.city;

import java.util.List;

/**
 * One event of a partnership as citizens see it, in one language: its start, a step of its history (an
 * agreement, a decision) or a change of its status, with its sources. The city page's history and the
 * timeline show the same events.
 *
 * @param when    the date as the source gives it ("1946", "March 2022", "29 May 2019") or the editor's words
 *                where the source is vaguer ("The early 1960s")
 * @param isoDate {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, exactly as precise as the source; null
 *                where the source gives no date to place the event by (then only {@code when} is shown)
 * @param text    what happened; null for a start or a status change no step of the history tells, which the
 *                page words itself ({@link #messageKey()})
 * @param status  the status an event of kind {@code STATUS} brings; null for the others
 * @param order   what orders the events (the step's date, which may be more precise than what is shown)
 */
public record PartnershipEvent(Kind kind, String when, String isoDate, String text, CityStatus status,
        List<Integer> sources, String order) {

    public PartnershipEvent {
        sources = List.copyOf(sources);
    }

    /** What an event is to the partnership: the timeline draws the three differently. */
    public enum Kind {
        START, STEP, STATUS
    }

    /** Whether the source gives a date to place the event by; an undated one is told in words only. */
    public boolean dated() {
        return isoDate != null;
    }

    /** The message that words an event no step of the history tells. */
    public String messageKey() {
        return kind == Kind.STATUS ? "event.status." + status : "event.start";
    }
}
