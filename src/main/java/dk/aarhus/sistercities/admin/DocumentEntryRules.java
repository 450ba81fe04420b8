package dk.aarhus.sistercities.admin;

import static dk.aarhus.sistercities.admin.ContentDocumentRules.problem;
import static dk.aarhus.sistercities.admin.ContentDocumentRules.shown;
import static dk.aarhus.sistercities.admin.ContentDocumentRules.unknownLanguages;

import dk.aarhus.sistercities.activity.ActivityContent;
import dk.aarhus.sistercities.activity.ActivityRules;
import dk.aarhus.sistercities.contact.ContactContent;
import dk.aarhus.sistercities.contact.ContactRules;
import dk.aarhus.sistercities.content.Language;
import dk.aarhus.sistercities.page.PageContent;
import dk.aarhus.sistercities.page.PageRules;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSourceResolvable;

/**
 * The rules of a content document's contacts, pages and activities ({@link ContentDocumentRules} has the
 * cities, types and texts): each the rules of its own form, as the editor module states them, plus what
 * only a whole document can break (a key twice, a city the document has not got).
 */
final class DocumentEntryRules {

    private DocumentEntryRules() {
    }

    /** The rules of the contact form; a partnership's contact for a city of the document, one per scope. */
    static void checkContacts(List<MessageSourceResolvable> problems, List<ContactContent> contacts,
            Set<String> slugs) {
        Set<String> scopes = new HashSet<>();
        int index = 0;
        for (ContactContent contact : contacts) {
            index++;
            String where = contact == null || contact.scope() == null ? "#" + index : shown(contact.scope());
            if (contact == null) {
                problems.add(problem("contact.backup.missing", where));
                continue;
            }
            if (contact.texts() != null) {
                unknownLanguages(problems, "contact.backup.where", where, contact.texts().keySet());
            }
            ContactRules.problems(contact.normalised()).forEach(p ->
                    problems.add(problem("contact.backup.where", where, problem(p.code(), p.args()))));
            if (contact.scope() != null && !contact.general() && !slugs.contains(contact.scope())) {
                problems.add(problem("contact.backup.unknown-city", where));
            }
            if (contact.scope() != null && !scopes.add(contact.scope())) {
                problems.add(problem("contact.backup.duplicate", where));
            }
        }
    }

    /** The rules of the page form; one page per key, and no address used by two pages in a language. */
    static void checkPages(List<MessageSourceResolvable> problems, List<PageContent> pages) {
        Set<String> keys = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        long inNavigation = pages.stream().filter(p -> p != null && p.navPosition() != null).count();
        if (inNavigation > PageRules.MAX_IN_NAVIGATION) {
            problems.add(problem("page.backup.nav-full", inNavigation, PageRules.MAX_IN_NAVIGATION));
        }
        int index = 0;
        for (PageContent given : pages) {
            index++;
            String where = given == null || given.key() == null ? "#" + index : shown(given.key());
            if (given == null) {
                problems.add(problem("page.backup.missing", where));
                continue;
            }
            unknownLanguages(problems, "page.backup.where", where, given.texts().keySet());
            PageContent page = given.normalised();
            PageRules.problems(page).forEach(p ->
                    problems.add(problem("page.backup.where", where, problem(p.code(), p.args()))));
            if (page.key() != null && !keys.add(page.key())) {
                problems.add(problem("page.backup.duplicate", where));
            }
            for (Language language : Language.values()) {
                String slug = page.text(language).slug();
                if (slug != null && !addresses.add(language.code() + "/" + slug)) {
                    problems.add(problem("page.backup.slug-duplicate", where, shown(slug)));
                }
            }
        }
    }

    /** The rules of the activity form, with cities of the document; one activity per key. */
    static void checkActivities(List<MessageSourceResolvable> problems, List<ActivityContent> activities,
            Set<String> slugs) {
        Set<String> keys = new HashSet<>();
        int index = 0;
        for (ActivityContent activity : activities) {
            index++;
            String where = activity == null || activity.key() == null ? "#" + index : shown(activity.key());
            if (activity == null) {
                problems.add(problem("activity.backup.missing", where));
                continue;
            }
            if (activity.texts() != null) {
                unknownLanguages(problems, "activity.backup.where", where, activity.texts().keySet());
            }
            ActivityRules.problems(activity.normalised(), slugs).forEach(p ->
                    problems.add(problem("activity.backup.where", where, problem(p.code(), p.args()))));
            if (activity.key() != null && !keys.add(activity.key())) {
                problems.add(problem("activity.backup.duplicate", where));
            }
        }
    }
}
