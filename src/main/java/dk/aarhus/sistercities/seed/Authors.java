package dk.aarhus.sistercities.seed;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The author of a revision as editors read it (templates use {@code @authors}): an account's name as it is, and
 * for what the site loaded itself (the seed, a content update) words instead of the internal name "seed".
 */
@Component("authors")
public class Authors {

    private final MessageSource messages;

    Authors(MessageSource messages) {
        this.messages = messages;
    }

    public String name(String author) {
        if (ContentSeeder.SEEDED_BY.equals(author)) {
            return messages.getMessage("author.seed", null, LocaleContextHolder.getLocale());
        }
        if (ContentUpdate.AUTHOR.equals(author)) {
            return messages.getMessage("author.content-update", null, LocaleContextHolder.getLocale());
        }
        return author;
    }
}
