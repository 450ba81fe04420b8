package dk.aarhus.sistercities.search;

/**
 * A piece of a text shown in a search result; {@code match} pieces are what the query found and
 * are shown in {@code <mark>}. Templates print every piece with {@code th:text}, so nothing in a
 * text or a query is ever read as HTML.
 */
public record Segment(String text, boolean match) {
}
