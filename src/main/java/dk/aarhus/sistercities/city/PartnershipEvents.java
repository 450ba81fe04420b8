package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A city's events: the steps of its history, plus its start and its status change where no step tells
 * them. A step tells the start when it falls in the start's year and cites one of its sources; it tells
 * the status change when its date agrees with the status's and it cites one of its sources. A step whose
 * source is vaguer than its date keeps only the editor's words: it claims no date, not even in markup.
 */
final class PartnershipEvents {

    private PartnershipEvents() {
    }

    static List<PartnershipEvent> of(City city, Language language) {
        int sourceCount = city.getSources().size();
        Integer since = city.getSinceYear();
        List<Integer> sinceSources = CityCatalog.refs(city.getSinceSources(), sourceCount);
        List<Integer> statusSources = CityCatalog.refs(city.getStatusSources(), sourceCount);
        String statusSince = PartialDate.isValid(city.getStatusSince()) ? city.getStatusSince() : null;
        boolean statusChange = city.getStatus() != CityStatus.ACTIVE && statusSince != null;
        boolean startTold = false;
        boolean statusTold = false;
        List<PartnershipEvent> events = new ArrayList<>();
        List<Milestone> steps = city.getMilestones().stream().sorted(Comparator.comparing(Milestone::date)).toList();
        for (Milestone m : steps) {
            Milestone.Texts t = Localized.pick(m.texts(), language);
            boolean vague = t != null && t.when() != null && !t.when().isBlank();
            String isoDate = vague || !PartialDate.isValid(m.date()) ? null : m.date();
            String when = vague ? t.when() : capitalised(PartialDate.format(m.date(), language));
            List<Integer> sources = CityCatalog.refs(m.sources(), sourceCount);
            PartnershipEvent.Kind kind = PartnershipEvent.Kind.STEP;
            CityStatus status = null;
            if (isoDate != null && !startTold && since != null && PartialDate.year(isoDate) == since
                    && shares(sources, sinceSources)) {
                kind = PartnershipEvent.Kind.START;
                startTold = true;
            } else if (isoDate != null && statusChange && !statusTold && agree(isoDate, statusSince)
                    && shares(sources, statusSources)) {
                kind = PartnershipEvent.Kind.STATUS;
                status = city.getStatus();
                statusTold = true;
            }
            events.add(new PartnershipEvent(kind, when, isoDate, t == null ? "" : t.text(), status, sources,
                    m.date() == null ? "" : m.date()));
        }
        if (since != null && !startTold && !sinceSources.isEmpty()) {
            String year = String.valueOf(since);
            events.add(new PartnershipEvent(PartnershipEvent.Kind.START, year, year, null, null, sinceSources, year));
        }
        if (statusChange && !statusTold && !statusSources.isEmpty()) {
            events.add(new PartnershipEvent(PartnershipEvent.Kind.STATUS,
                    capitalised(PartialDate.format(statusSince, language)), statusSince, null, city.getStatus(),
                    statusSources, statusSince));
        }
        // By date ("2023" before "2023-02"); on the same date a start the page tells itself comes first,
        // a status change last.
        events.sort(Comparator.comparing(PartnershipEvent::order)
                .thenComparingInt(e -> e.text() != null ? 1 : e.kind() == PartnershipEvent.Kind.START ? 0 : 2));
        return List.copyOf(events);
    }

    /** Two dates that may be the same day: one is the other, or a less precise form of it. */
    private static boolean agree(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static boolean shares(List<Integer> a, List<Integer> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** A date that begins a line: "Marts 2022", as Danish writes a month name there. */
    static String capitalised(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
