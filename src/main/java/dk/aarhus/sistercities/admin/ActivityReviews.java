package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.review.ReviewRefusedException;
import dk.aarhus.sistercities.review.ReviewableKind;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Activities in the review workflow: what the queue calls one, where its form and preview are, and publishing it. */
@Component
class ActivityReviews implements ReviewableKind {

    private final ActivityEditor editor;

    ActivityReviews(ActivityEditor editor) {
        this.editor = editor;
    }

    @Override
    public String kind() {
        return "ACTIVITY";
    }

    @Override
    public Optional<Subject> describe(String key) {
        if (!key.matches("[a-z0-9-]{1,60}")) {
            return Optional.empty();
        }
        Language language = Language.of(LocaleContextHolder.getLocale());
        return editor.draft(key).map(draft -> {
            ActivityContent content = draft.content();
            ActivityContent.Texts texts = content.text(language) != null ? content.text(language)
                    : content.text(language.other());
            String form = "/admin/activities/" + key;
            // An activity's history is on its form, without a compare page.
            return new Subject(texts == null || texts.title() == null ? key : texts.title(), form,
                    form + "/preview/da", null);
        });
    }

    @Override
    public void publish(String key, int revision, String author) {
        try {
            editor.publish(key, revision, author);
        } catch (ActivityEditor.StaleException | DataIntegrityViolationException stale) {
            throw ReviewRefusedException.because("review.refused.changed");
        } catch (ResponseStatusException notPublishable) {
            throw ReviewRefusedException.because("review.refused.activity-not-publishable");
        }
    }
}
