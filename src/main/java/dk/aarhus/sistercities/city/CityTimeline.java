package dk.aarhus.sistercities.city;

import java.util.List;

/** A published city with the events of its partnership, oldest first, in one language. */
public record CityTimeline(CityCard card, List<PartnershipEvent> events) {

    public CityTimeline {
        events = List.copyOf(events);
    }
}
