package dk.aarhus.sistercities.city;

/**
 * Where a fact on a city's page comes from, as citizens see it in the page's list of sources: the
 * title as published (in its own language), who published it, when ({@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd}, as precise as known) and its address, where one is known.
 */
public record Source(String title, String publisher, String date, String url) {
}
