package dk.aarhus.sistercities.search;

import dk.aarhus.sistercities.city.CityStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page that search can find, a city's or a partnership type's, with its texts in the page's
 * language, folded for matching.
 *
 * @param path          the page's address
 * @param flag          the flag-icons file name of a city; null for a type
 * @param flagUrl       the flag's address; null for a type
 * @param otherLanguage the language code of {@code otherName}, the city's name in the other language
 * @param snippets      the longer texts an excerpt can come from, in the order they are preferred
 * @param typeOrder     the position of the page's partnership type on the overview
 * @param cityOrder     the city's position within its type on the overview; -1 for the type itself
 */
record SearchDocument(
        String path,
        String flag,
        String flagUrl,
        CityStatus status,
        FoldedText name,
        String otherLanguage,
        FoldedText otherName,
        FoldedText country,
        FoldedText region,
        String typeName,
        Map<Field, List<FoldedText>> fields,
        List<FoldedText> snippets,
        int typeOrder,
        int cityOrder,
        String allWords) {

    /** A document's every folded word, for {@link #mayMatch}: made once, when the documents are folded. */
    SearchDocument(String path, String flag, String flagUrl, CityStatus status, FoldedText name, String otherLanguage,
            FoldedText otherName, FoldedText country, FoldedText region, String typeName,
            Map<Field, List<FoldedText>> fields, List<FoldedText> snippets, int typeOrder, int cityOrder) {
        this(path, flag, flagUrl, status, name, otherLanguage, otherName, country, region, typeName, fields, snippets,
                typeOrder, cityOrder, allWords(fields));
    }

    private static String allWords(Map<Field, List<FoldedText>> fields) {
        StringBuilder all = new StringBuilder();
        fields.values().forEach(texts -> texts.forEach(text -> all.append(' ').append(text.folded())));
        return all.toString();
    }

    /**
     * False when some term occurs nowhere in the document, so it cannot match: one scan of one string per term
     * (a plain {@code indexOf}), which rules out most documents for most queries before they are scored.
     */
    boolean mayMatch(List<String> terms) {
        for (String term : terms) {
            if (!allWords.contains(term)) {
                return false;
            }
        }
        return true;
    }

    /** Where a term is found, and what a match there is worth. Several words add up. */
    enum Field {
        NAME(100),
        OTHER_NAME(90),
        COUNTRY(40),
        REGION(40),
        TYPE(30),
        SUMMARY(20),
        DESCRIPTION(10),
        RESULT(10);

        final int weight;

        Field(int weight) {
            this.weight = weight;
        }
    }

    boolean isType() {
        return flag == null;
    }

    /**
     * The sum over the terms of each term's best match (field weight × how well it matched), or 0
     * when any term is not found at all: every word of a query must match.
     */
    double score(List<String> terms) {
        double total = 0;
        for (String term : terms) {
            double best = 0;
            for (Map.Entry<Field, List<FoldedText>> field : fields.entrySet()) {
                for (FoldedText text : field.getValue()) {
                    best = Math.max(best, field.getKey().weight * text.match(term).factor());
                }
            }
            if (best == 0) {
                return 0;
            }
            total += best;
        }
        return total;
    }

    /** What the result list shows of this page for the query. */
    SearchHit hit(List<String> terms, int snippetLength) {
        FoldedText excerpt = snippets.isEmpty() ? null : snippets.get(0);
        int most = excerpt == null ? 0 : excerpt.matchingTerms(terms);
        for (FoldedText candidate : snippets) {
            int matching = candidate.matchingTerms(terms);
            if (matching > most) {
                excerpt = candidate;
                most = matching;
            }
        }
        boolean otherNameFound = otherName != null
                && !otherName.folded().equals(name.folded())
                && otherName.matchingTerms(terms) > 0;
        boolean regionFound = region != null && region.matchingTerms(terms) > 0;
        return new SearchHit(
                path,
                name.segments(terms),
                flag,
                flagUrl,
                status,
                otherNameFound ? otherLanguage : null,
                otherNameFound ? otherName.segments(terms) : List.of(),
                country == null ? List.of() : country.segments(terms),
                regionFound ? region.segments(terms) : List.of(),
                typeName,
                excerpt == null ? List.of() : excerpt.segments(terms, snippetLength));
    }

    /** Collects the fields of a document. */
    static final class Fields {

        private final Map<Field, List<FoldedText>> fields = new EnumMap<>(Field.class);

        Fields add(Field field, FoldedText text) {
            if (text != null && !text.isEmpty()) {
                fields.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
            }
            return this;
        }

        Map<Field, List<FoldedText>> build() {
            Map<Field, List<FoldedText>> copy = new EnumMap<>(Field.class);
            fields.forEach((field, texts) -> copy.put(field, List.copyOf(texts)));
            return copy;
        }
    }
}
