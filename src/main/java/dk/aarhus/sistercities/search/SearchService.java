package dk.aarhus.sistercities.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.aarhus.sistercities.cache.ContentGeneration;
import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.city.CityText;
import dk.aarhus.sistercities.city.Milestone;
import dk.aarhus.sistercities.city.PartnershipType;
import dk.aarhus.sistercities.city.PartnershipTypeRepository;
import dk.aarhus.sistercities.city.PartnershipTypeText;
import dk.aarhus.sistercities.city.Result;
import dk.aarhus.sistercities.city.ResultText;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.PublicPaths;
import dk.aarhus.sistercities.search.SearchDocument.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Searches the published cities and the partnership types in one language. The content is small
 * (a few dozen pages), so it is read in one read-only transaction (a few batched queries), folded
 * once per content generation and ranked in memory: an edit is found the moment it is published,
 * on every instance, without an index to keep up to date.
 */
@Service
public class SearchService {

    /** About how long an excerpt of a longer text is, in characters. */
    static final int SNIPPET_LENGTH = 200;

    private final CityRepository cities;
    private final PartnershipTypeRepository types;
    private final ContentGeneration generation;
    /** The documents of each language, folded once per state of the published content. */
    private final Map<Language, Indexed> indexed = new ConcurrentHashMap<>();
    /** Only a search after a publish reads the database; the others need no connection at all. */
    private final TransactionTemplate readOnly;
    private final PublicPaths paths;
    /** The assets' content-hashed addresses, as the templates' {@code @{/flags/…}} links get them. */
    private final ObjectProvider<ResourceUrlProvider> assetUrls;

    /** The hits of each query (its language and folded terms) in the current content generation; bounded. */
    private final Cache<Key, Hits> hits = Caffeine.newBuilder().maximumSize(2_000).build();

    /** The documents of a language in a content generation, and the suggestions made from them. */
    private record Indexed(long generation, List<SearchDocument> documents, Suggestions suggestions) {
    }

    private record Key(Language language, List<String> terms) {
    }

    private record Hits(long generation, List<SearchHit> hits) {
    }

    SearchService(CityRepository cities, PartnershipTypeRepository types, ContentGeneration generation,
            PlatformTransactionManager transactions, PublicPaths paths, ObjectProvider<ResourceUrlProvider> assetUrls) {
        this.paths = paths;
        this.assetUrls = assetUrls;
        this.cities = cities;
        this.types = types;
        this.generation = generation;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public List<SearchHit> search(Language language, Query query) {
        if (query.isEmpty()) {
            return List.of();
        }
        // Read once: hits ranked in an older generation are never returned, nor kept under a newer one.
        long now = generation.current();
        Key key = new Key(language, query.terms());
        Hits known = hits.getIfPresent(key);
        if (known != null && known.generation() == now) {
            return known.hits();
        }
        List<SearchHit> found = rank(currentDocuments(language, now), query.terms());
        hits.put(key, new Hits(now, found));
        return found;
    }

    /** The page of a query: what it finds, or when nothing, a query like it that finds something. */
    public SearchPage page(Language language, Query query) {
        List<SearchHit> found = search(language, query);
        return SearchPage.found(query, found, found.isEmpty() ? suggestion(language, query).orElse(null) : null);
    }

    /** For a query that finds nothing, a query like it that finds something ({@link Suggestions}). */
    Optional<String> suggestion(Language language, Query query) {
        return query.isEmpty() ? Optional.empty()
                : currentIndex(language, generation.current()).suggestions().of(query.terms());
    }

    /** Folding every text is the costly part of a search: it is done again only after a publish. */
    private List<SearchDocument> currentDocuments(Language language, long now) {
        return currentIndex(language, now).documents();
    }

    private Indexed currentIndex(Language language, long now) {
        Indexed cached = indexed.get(language);
        if (cached != null && cached.generation() == now) {
            return cached;
        }
        List<SearchDocument> documents = readOnly.execute(status -> documents(language));
        Indexed fresh = new Indexed(now, documents, new Suggestions(documents));
        indexed.put(language, fresh);
        return fresh;
    }

    /**
     * The pages that match every term, best first: by the sum of each term's best match, then in
     * the overview's order (a type before its cities).
     */
    static List<SearchHit> rank(List<SearchDocument> documents, List<String> terms) {
        record Scored(SearchDocument document, double score) {
        }
        List<Scored> found = new ArrayList<>();
        for (SearchDocument document : documents) {
            double score = document.mayMatch(terms) ? document.score(terms) : 0;
            if (score > 0) {
                found.add(new Scored(document, score));
            }
        }
        found.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingInt(s -> s.document().typeOrder())
                .thenComparingInt(s -> s.document().cityOrder()));
        return found.stream().map(s -> s.document().hit(terms, SNIPPET_LENGTH)).toList();
    }

    /** Every partnership type and every published city, as documents in the language. */
    List<SearchDocument> documents(Language language) {
        List<PartnershipType> allTypes = types.findAllWithTexts();
        Map<Long, Integer> typeOrder = new HashMap<>();
        List<SearchDocument> documents = new ArrayList<>();
        for (PartnershipType type : allTypes) {
            typeOrder.put(type.getId(), typeOrder.size());
            documents.add(typeDocument(type, language, typeOrder.get(type.getId())));
        }
        Map<Long, Integer> citiesSeen = new HashMap<>();
        for (City city : cities.findAllPublished()) {
            Long typeId = city.getType().getId();
            int position = citiesSeen.merge(typeId, 1, Integer::sum) - 1;
            documents.add(cityDocument(city, language, typeOrder.getOrDefault(typeId, Integer.MAX_VALUE), position));
        }
        return documents;
    }

    private String flagUrl(String flag) {
        String path = "/flags/" + flag + ".svg";
        ResourceUrlProvider urls = assetUrls.getIfAvailable();
        String hashed = urls == null ? null : urls.getForLookupPath(path);
        return hashed == null ? path : hashed;
    }

    private SearchDocument typeDocument(PartnershipType type, Language language, int order) {
        PartnershipTypeText text = type.text(language);
        FoldedText name = Normaliser.fold(text.name());
        FoldedText introduction = Normaliser.fold(PlainText.of(text.introduction()));
        return new SearchDocument(
                paths.type(language, type.getCode()),
                null, null, null, name, null, null, null, null, null,
                new SearchDocument.Fields()
                        .add(Field.NAME, name)
                        .add(Field.DESCRIPTION, introduction)
                        .build(),
                List.of(introduction),
                order, -1);
    }

    private SearchDocument cityDocument(City city, Language language, int typeOrder, int cityOrder) {
        CityText text = city.text(language);
        CityText otherText = city.getTexts().get(language.other().code());
        FoldedText name = Normaliser.fold(text.name());
        FoldedText otherName = otherText == null ? null : Normaliser.fold(otherText.name());
        FoldedText country = Normaliser.fold(text.country());
        FoldedText region = Normaliser.fold(text.region());
        String typeName = city.getType().text(language).name();
        FoldedText summary = Normaliser.fold(text.summary());
        FoldedText description = Normaliser.fold(PlainText.of(text.description()));
        FoldedText statusReason = Normaliser.fold(text.statusReason());

        SearchDocument.Fields fields = new SearchDocument.Fields()
                .add(Field.NAME, name)
                .add(Field.OTHER_NAME, otherName)
                .add(Field.COUNTRY, country)
                .add(Field.REGION, region)
                .add(Field.TYPE, Normaliser.fold(typeName))
                .add(Field.SUMMARY, summary)
                .add(Field.DESCRIPTION, description)
                .add(Field.DESCRIPTION, statusReason);
        List<FoldedText> snippets = new ArrayList<>(List.of(summary, description));
        for (Result result : city.getResults()) {
            ResultText resultText = result.text(language);
            if (resultText == null) {
                continue;
            }
            FoldedText title = Normaliser.fold(resultText.title());
            FoldedText body = Normaliser.fold(resultText.body());
            fields.add(Field.RESULT, title).add(Field.RESULT, body);
            snippets.add(Normaliser.fold(resultText.title() + " – " + resultText.body()));
        }
        if (!statusReason.isEmpty()) {
            snippets.add(statusReason);
        }
        for (Milestone milestone : city.getMilestones()) {
            Milestone.Texts step = Localized.pick(milestone.texts(), language);
            if (step != null && step.text() != null) {
                FoldedText stepText = Normaliser.fold(step.text());
                fields.add(Field.DESCRIPTION, stepText);
                snippets.add(stepText);
            }
        }
        String flag = city.getCountryCode().toLowerCase(Locale.ROOT);
        return new SearchDocument(
                paths.city(language, city.getSlug()),
                flag,
                flagUrl(flag),
                city.getStatus(),
                name,
                language.other().code(),
                otherName,
                country,
                region,
                typeName,
                fields.build(),
                List.copyOf(snippets),
                typeOrder,
                cityOrder);
    }
}
