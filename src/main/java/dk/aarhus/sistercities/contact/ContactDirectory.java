package dk.aarhus.sistercities.contact;

import dk.aarhus.sistercities.cache.ContentGeneration;
import dk.aarhus.sistercities.content.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published contacts, as the public pages show them; templates call it as {@code @contactDirectory}. */
@Service
public class ContactDirectory {

    private static final Logger log = LoggerFactory.getLogger(ContactDirectory.class);

    private final ContactRepository contacts;
    private final ObjectProvider<ContentGeneration> generation;
    /** The footer's unit per language, read once per content generation: every public page renders it. */
    private final Map<Language, FooterUnit> footerUnits = new ConcurrentHashMap<>();

    private record FooterUnit(long generation, String unit) {
    }

    /** The content generation is optional: a slice without the page cache reads the unit every time. */
    ContactDirectory(ContactRepository contacts, ObjectProvider<ContentGeneration> generation) {
        this.contacts = contacts;
        this.generation = generation;
    }

    /** The site's general contact, if it is published. */
    @Transactional(readOnly = true)
    public Optional<ContactCard> general(Language language) {
        return contacts.findByScopeIn(List.of(ContactContent.GENERAL)).stream().findFirst()
                .map(c -> ContactCard.of(c.content(), language));
    }

    /** The contact of a partnership, or, where it has none, the general contact; one statement. */
    @Transactional(readOnly = true)
    public Optional<ContactCard> forCity(String slug, Language language) {
        Map<String, Contact> found = contacts.findByScopeIn(List.of(slug, ContactContent.GENERAL)).stream()
                .collect(Collectors.toMap(Contact::getScope, c -> c));
        Contact contact = found.getOrDefault(slug, found.get(ContactContent.GENERAL));
        return Optional.ofNullable(contact).map(c -> ContactCard.of(c.content(), language));
    }

    /**
     * The general contact's unit for the footer of every public page, error pages included: when the
     * database is away, the footer falls back to the bundle's words rather than fail the error page (whatever the failure: a refused connection is no DataAccessException).
     */
    public String footerUnit(Language language) {
        try {
            ContentGeneration content = generation.getIfAvailable();
            long now = content == null ? -1 : content.current();
            FooterUnit known = footerUnits.get(language);
            if (known != null && known.generation() == now && now >= 0) {
                return known.unit();
            }
            String unit = general(language).map(ContactCard::unit).orElse(null);
            footerUnits.put(language, new FooterUnit(now, unit));
            return unit;
        } catch (RuntimeException e) {
            log.debug("Footer without the general contact", e);
            return null;
        }
    }
}
