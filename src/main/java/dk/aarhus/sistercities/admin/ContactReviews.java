package dk.aarhus.sistercities.admin;

import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactEditor;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.review.ReviewRefusedException;
import dk.aarhus.sistercities.review.ReviewableKind;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Contacts (the general one, and a partnership's) in the review workflow, named as their list names them. */
@Component
class ContactReviews implements ReviewableKind {

    private final ContactEditor editor;
    private final ContactScopes scopes;

    ContactReviews(ContactEditor editor, ContactScopes scopes) {
        this.editor = editor;
        this.scopes = scopes;
    }

    @Override
    public String kind() {
        return "CONTACT";
    }

    @Override
    public Optional<Subject> describe(String key) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        String name = ContactContent.GENERAL.equals(key) ? key : scopes.cities(language).get(key);
        if (name == null) {
            return Optional.empty();
        }
        String form = "/admin/contacts/" + key;
        // The history is on the form, without a compare page.
        return Optional.of(new Subject(name, form, form + "/preview/da", null));
    }

    @Override
    public void publish(String key, int revision, String author) {
        try {
            editor.publish(key, revision, author);
        } catch (ContactEditor.StaleException | DataIntegrityViolationException stale) {
            throw ReviewRefusedException.because("review.refused.changed");
        } catch (ResponseStatusException notPublishable) {
            throw ReviewRefusedException.because("review.refused.contact-not-publishable");
        }
    }
}
