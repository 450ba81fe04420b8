package dk.aarhus.sistercities.timeline;

import dk.aarhus.sistercities.city.CityCard;
import dk.aarhus.sistercities.city.PartnershipEvent;

/** One event in the timeline's list, with the city it belongs to. */
public record TimelineEntry(CityCard city, PartnershipEvent event) {
}
