package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.review.ReviewRefusedException;
import dk.aarhus.sistercities.review.ReviewableKind;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.server.ResponseStatusException;

/** Partnership types' texts and site texts in the review workflow, one kind each, as their editor has them. */
final class TextReviews implements ReviewableKind {

    private final TextSubject.Kind kind;
    private final TextEditor editor;

    private TextReviews(TextSubject.Kind kind, TextEditor editor) {
        this.kind = kind;
        this.editor = editor;
    }

    /** The two kinds as beans. */
    @Configuration(proxyBeanMethods = false)
    static class Kinds {

        @Bean
        ReviewableKind typeReviews(TextEditor editor) {
            return new TextReviews(TextSubject.Kind.TYPE, editor);
        }

        @Bean
        ReviewableKind siteTextReviews(TextEditor editor) {
            return new TextReviews(TextSubject.Kind.SITE_TEXT, editor);
        }
    }

    @Override
    public String kind() {
        return kind.name();
    }

    @Override
    public Optional<Subject> describe(String key) {
        TextSubject subject = new TextSubject(kind, key);
        try {
            editor.requireExists(subject);
        } catch (ResponseStatusException unknown) {
            return Optional.empty();
        }
        String name = key;
        if (kind == TextSubject.Kind.TYPE) {
            Language language = Language.of(LocaleContextHolder.getLocale());
            Map<String, String> texts = editor.draft(subject).texts().get(language.code());
            name = texts == null || texts.get("name") == null ? key : texts.get("name");
        }
        String form = "/admin/" + kind.path() + "/" + key;
        // The history is on the form, without a compare page.
        return Optional.of(new Subject(name, form, form + "/preview/da", null));
    }

    @Override
    public void publish(String key, int revision, String author) {
        try {
            editor.publish(new TextSubject(kind, key), revision, author);
        } catch (TextEditor.StaleException | DataIntegrityViolationException stale) {
            throw ReviewRefusedException.because("review.refused.changed");
        }
    }
}
