package dk.aarhus.sistercities.city;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.PartialDate;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.content.Markdown;
import dk.aarhus.sistercities.content.SiteText;
import dk.aarhus.sistercities.content.SiteTextRepository;
import dk.aarhus.sistercities.image.ImageLibrary;
import dk.aarhus.sistercities.image.ImageView;
import dk.aarhus.sistercities.revision.Revisions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the published content and shapes it into what the public pages show. Each page
 * costs the same few queries, however many cities and results there are.
 */
@Service
@Transactional(readOnly = true)
public class CityCatalog {

    private final CityRepository cities;
    private final PartnershipTypeRepository types;
    private final SiteTextRepository siteTexts;
    private final Markdown markdown;
    private final Revisions revisions;
    private final ImageLibrary images;

    CityCatalog(CityRepository cities, PartnershipTypeRepository types, SiteTextRepository siteTexts,
            Markdown markdown, Revisions revisions, ImageLibrary images) {
        this.revisions = revisions;
        this.images = images;
        this.cities = cities;
        this.types = types;
        this.siteTexts = siteTexts;
        this.markdown = markdown;
    }

    public Overview overview(Language language) {
        return overview(language, Map.of());
    }

    /** The overview with some site texts (key to Markdown) replaced by drafts, for a preview. */
    public Overview overview(Language language, Map<String, String> draftSiteTexts) {
        Map<String, String> texts = siteTexts.findAllWithBodies().stream()
                .collect(Collectors.toMap(SiteText::getKey, t -> t.body(language)));
        texts.putAll(draftSiteTexts);
        List<TypeSection> sections = types(language);
        return new Overview(
                markdown.toHtml(texts.get(SiteText.OVERVIEW_INTRO)),
                markdown.toHtml(texts.get(SiteText.OVERVIEW_RESULTS)),
                sections.stream().filter(TypeSection::sisterCity).toList(),
                sections.stream().filter(s -> !s.sisterCity()).toList(),
                sections.stream().flatMap(s -> s.formerCities().stream())
                        .sorted(Comparator.comparing(CityCard::years)).toList());
    }

    public Optional<TypeSection> type(Language language, String code) {
        return types(language).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** A site text rendered from Markdown, or empty when there is none in the database. */
    public Optional<String> siteTextHtml(Language language, String key) {
        return siteTexts.findById(key).map(t -> markdown.toHtml(t.body(language))).filter(html -> !html.isBlank());
    }

    /** A type's page with a draft name and introduction, for a preview. */
    public Optional<TypeSection> type(Language language, String code, PartnershipTypeText draft) {
        return type(language, code).map(s -> new TypeSection(s.code(), draft.name(),
                markdown.toHtml(draft.introduction()), s.sisterCity(), s.cities(), s.formerCities()));
    }

    public Optional<CityPage> city(Language language, String slug) {
        List<City> published = cities.findAllPublished();
        return published.stream()
                .filter(c -> c.getSlug().equals(slug))
                .findFirst()
                .map(city -> page(city, published, language, revisions.publishedAt(
                        CityHistory.subject(city.getId())).orElse(null)));
    }

    /**
     * A draft shown exactly as its public page will look, also for a city never published.
     * The draft is never saved from here.
     */
    public CityPage preview(Language language, long cityId, CityContent draft) {
        PartnershipType type = types.findByCode(draft.type()).orElseThrow();
        City transientCity = new City(draft.slug(), draft.countryCode(), type);
        transientCity.apply(draft, type);
        List<City> others = cities.findAllPublished().stream().filter(c -> c.getId() != cityId).toList();
        return page(transientCity, others, language, null);
    }

    /** Every published city's card, in order; for lists such as the sitemap. */
    public List<CityCard> cards(Language language) {
        List<City> published = cities.findAllPublished();
        Map<Long, ImageView> pictures = pictures(published, language);
        return published.stream().map(c -> card(c, language, pictures)).toList();
    }

    /** Every published city with the events of its partnership, in the cities' order; for the timeline. */
    public List<CityTimeline> timeline(Language language) {
        return cities.findAllPublished().stream()
                .map(c -> new CityTimeline(card(c, language, Map.of()), PartnershipEvents.of(c, language)))
                .toList();
    }

    /** Every partnership type with its published cities, in order. */
    public List<TypeSection> types(Language language) {
        List<City> published = cities.findAllPublished();
        Map<Long, ImageView> pictures = pictures(published, language);
        Map<Long, List<City>> byType = published.stream()
                .collect(Collectors.groupingBy(c -> c.getType().getId()));
        return types.findAllWithTexts().stream()
                .map(type -> {
                    PartnershipTypeText text = type.text(language);
                    List<CityCard> cards = byType.getOrDefault(type.getId(), List.of()).stream()
                            .map(c -> card(c, language, pictures)).toList();
                    return new TypeSection(type.getCode(), text.name(), markdown.toHtml(text.introduction()),
                            type.isSisterCity(), cards.stream().filter(CityCard::current).toList(),
                            cards.stream().filter(c -> !c.current()).toList());
                })
                .toList();
    }

    private CityPage page(City city, List<City> published, Language language, Instant publishedAt) {
        CityText text = city.text(language);
        PartnershipType type = city.getType();
        List<City> related = published.stream()
                .filter(c -> c != city && c.getType().getCode().equals(type.getCode()) && c.getStatus().current())
                .toList();
        Map<Long, ImageView> pictures = pictures(Stream.concat(related.stream(), Stream.of(city)).toList(), language);
        List<CityCard> sameType = related.stream().map(c -> card(c, language, pictures)).toList();
        int sourceCount = city.getSources().size();
        List<CityPage.ResultView> results = city.getResults().stream()
                .map(r -> {
                    ResultText t = r.text(language);
                    return new CityPage.ResultView(t.title(), t.body(), r.getArea(), span(r.getYear(), r.getEndYear()),
                            refs(r.getSources(), sourceCount));
                })
                .toList();
        List<CityPage.SourceView> sources = new ArrayList<>();
        for (Source source : city.getSources()) {
            sources.add(new CityPage.SourceView(sources.size() + 1, source.title(), source.language(),
                    source.publisher(),
                    PartialDate.format(source.date(), language),
                    PartialDate.isValid(source.date()) ? source.date() : null, source.url()));
        }
        return new CityPage(
                card(city, language, pictures),
                text.region(),
                new CityPage.TypeSummary(type.getCode(), type.text(language).name()),
                city.getSinceYear(),
                refs(city.getSinceSources(), sourceCount),
                PartialDate.format(city.getStatusSince(), language),
                text.statusReason(),
                refs(city.getStatusSources(), sourceCount),
                markdown.toHtml(text.description()),
                results,
                PartnershipEvents.of(city, language),
                sources,
                city.getWebsite(),
                sameType,
                publishedAt);
    }

    /** Source numbers that point into the list; anything else is left out rather than shown broken. */
    static List<Integer> refs(List<Integer> numbers, int sourceCount) {
        return numbers.stream().filter(n -> n != null && n >= 1 && n <= sourceCount).distinct().sorted().toList();
    }

    private static String span(Integer from, Integer to) {
        if (from == null) {
            return to == null ? null : String.valueOf(to);
        }
        return to == null || to.equals(from) ? String.valueOf(from) : from + "–" + to;
    }

    /** The main images of these cities, in one query. */
    private Map<Long, ImageView> pictures(List<City> shown, Language language) {
        return images.views(shown.stream().map(City::getImageId).filter(Objects::nonNull).toList(), language);
    }

    private static CityCard card(City city, Language language, Map<Long, ImageView> pictures) {
        CityText text = city.text(language);
        String years = null;
        if (!city.getStatus().current()) {
            Integer end = PartialDate.isValid(city.getStatusSince()) ? PartialDate.year(city.getStatusSince()) : null;
            years = Objects.requireNonNullElse(span(city.getSinceYear(), end), "");
        }
        return new CityCard(city.getSlug(), text.name(), text.country(), city.getCountryCode(), city.getStatus(),
                text.summary(), city.getLatitude(), city.getLongitude(), years,
                city.getImageId() == null ? null : pictures.get(city.getImageId()));
    }
}
