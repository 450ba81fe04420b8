package dk.aarhus.sistercities.city;

/**
 * Where a fact on a city's page comes from, as citizens see it in the page's list of sources: the
 * title as published, the language it is written in ({@code da}, {@code de}, …: marked on the page
 * so a screen reader pronounces it right), who published it, when ({@code yyyy}, {@code yyyy-MM} or
 * {@code yyyy-MM-dd}, as precise as known) and its address, where one is known.
 */
public record Source(String title, String language, String publisher, String date, String url) {
}
