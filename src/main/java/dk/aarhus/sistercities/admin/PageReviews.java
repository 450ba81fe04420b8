package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageEditor;
import dk.aarhus.sistercities.review.ReviewRefusedException;
import dk.aarhus.sistercities.review.ReviewableKind;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Pages in the review workflow: what the queue calls one, where its form and preview are, and publishing it. */
@Component
class PageReviews implements ReviewableKind {

    private final PageEditor editor;

    PageReviews(PageEditor editor) {
        this.editor = editor;
    }

    @Override
    public String kind() {
        return "PAGE";
    }

    @Override
    public Optional<Subject> describe(String key) {
        if (!key.matches("[a-z0-9-]{1,40}") || !editor.exists(key)) {
            return Optional.empty();
        }
        PageContent draft = editor.draft(key).content();
        Language language = Language.of(LocaleContextHolder.getLocale());
        String title = Optional.ofNullable(draft.text(language).title())
                .or(() -> Optional.ofNullable(draft.text(language.other()).title())).orElse(key);
        String form = "/admin/pages/" + key;
        // A page's history is on its form, without a compare page.
        return Optional.of(new Subject(title, form, form + "/preview/da", null));
    }

    @Override
    public void publish(String key, int revision, String author) {
        try {
            editor.publish(key, revision, author);
        } catch (PageEditor.StaleException | DataIntegrityViolationException stale) {
            throw ReviewRefusedException.because("review.refused.changed");
        } catch (ResponseStatusException notPublishable) {
            throw ReviewRefusedException.because("review.refused.page-not-publishable");
        }
    }
}
