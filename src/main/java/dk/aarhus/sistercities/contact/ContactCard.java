package dk.aarhus.sistercities.contact;

import dk.aarhus.sistercities.content.Language;
import java.util.List;

/**
 * A contact as a public page shows it, in one language: only the fields that are filled in (null or
 * empty otherwise), with the links ready for {@code mailto:} and {@code tel:}.
 *
 * @param partnership whether it is the contact of one partnership, not the site's general one
 */
public record ContactCard(String unit, String person, String role, List<String> addressLines, String email,
        String phone, String website, List<String> hours, boolean partnership) {

    public static ContactCard of(ContactContent contact, Language language) {
        ContactContent.Texts text = contact.text(language);
        return new ContactCard(text.unit(), contact.person(), text.role(), lines(contact.address()), contact.email(),
                contact.phone(), contact.website(), lines(text.hours()), !contact.general());
    }

    /** The number as a {@code tel:} link takes it: digits and a leading +, no spaces. */
    public String telHref() {
        return phone == null ? null : "tel:" + phone.replace(" ", "");
    }

    public String mailtoHref() {
        return email == null ? null : "mailto:" + email;
    }

    /** The web address as people read it: without the scheme and a trailing slash. */
    public String websiteLabel() {
        return website == null ? null : website.replaceFirst("^https?://", "").replaceFirst("/$", "");
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : List.of(text.split("\n"));
    }
}
