package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.city.City;
import dk.aarhus.sistercities.city.CityContent;
import dk.aarhus.sistercities.city.CityHistory;
import dk.aarhus.sistercities.city.CityRepository;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.content.Localized;
import dk.aarhus.sistercities.review.ReviewRefusedException;
import dk.aarhus.sistercities.review.ReviewableKind;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Cities in the review workflow: what the queue calls one, where its pages are, and publishing it. */
@Component
class CityReviews implements ReviewableKind {

    static final String KIND = "CITY";

    private final CityRepository cities;
    private final CityHistory history;
    private final CityEditor editor;

    CityReviews(CityRepository cities, CityHistory history, CityEditor editor) {
        this.cities = cities;
        this.history = history;
        this.editor = editor;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<Subject> describe(String key) {
        return id(key).flatMap(cities::findById).filter(city -> !city.isDeleted()).map(this::subject);
    }

    private Subject subject(City city) {
        CityContent draft = history.draft(city);
        Language language = Language.of(LocaleContextHolder.getLocale());
        CityContent.Texts texts = Localized.pick(draft.texts(), language);
        String form = "/admin/cities/" + city.getId();
        return new Subject(texts == null ? draft.slug() : texts.name(), form, form + "/preview/da",
                form + "/compare?from={from}&to={to}");
    }

    @Override
    public void publish(String key, int revision, String author) {
        long id = id(key).orElseThrow();
        try {
            editor.publish(id, revision, author);
        } catch (CityEditor.IncompleteException incomplete) {
            throw ReviewRefusedException.because("review.refused.incomplete");
        } catch (CityEditor.SlugTakenException taken) {
            throw ReviewRefusedException.because("review.refused.address-taken");
        } catch (CityEditor.StaleException | ObjectOptimisticLockingFailureException stale) {
            throw ReviewRefusedException.because("review.refused.changed");
        }
    }

    private static Optional<Long> id(String key) {
        return key.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(key)) : Optional.empty();
    }
}
