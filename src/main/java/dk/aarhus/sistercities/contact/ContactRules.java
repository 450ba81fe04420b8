package dk.aarhus.sistercities.contact;

import dk.aarhus.sistercities.content.Language;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a contact must keep, checked the same way in the editors' form and in an import: the unit named in
 * every language, every field within its length, an e-mail address, a phone number and a web address
 * that work as links. Each problem names its form field and a message code of the bundles.
 */
public final class ContactRules {

    /** A problem with one field, e.g. {@code texts[en][unit]}, and its message. */
    public record Problem(String field, String code, Object... args) {
    }

    public static final int UNIT = 150;
    public static final int ROLE = 100;
    public static final int HOURS = 300;
    public static final int PERSON = 100;
    public static final int EMAIL = 254;
    public static final int PHONE = 30;
    public static final int WEBSITE = 500;
    public static final int ADDRESS = 300;
    public static final int ADDRESS_LINES = 6;

    /** Plain addresses only: nothing that would add headers or a body to a {@code mailto:} link. */
    private static final Pattern EMAIL_ADDRESS =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,63}");
    /** Digits and single spaces, with an optional leading +: what a {@code tel:} link takes. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9]+( [0-9]+)*");
    private static final Pattern SCOPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ContactRules() {
    }

    /** Every rule the (normalised) content breaks, in the order of the form's fields. */
    public static List<Problem> problems(ContactContent contact) {
        List<Problem> problems = new ArrayList<>();
        if (contact.scope() == null || contact.scope().length() > 60 || !SCOPE.matcher(contact.scope()).matches()) {
            problems.add(new Problem("scope", "contact.error.scope"));
        }
        for (Language language : Language.values()) {
            ContactContent.Texts text = contact.text(language);
            String prefix = "texts[" + language.code() + "]";
            if (text.unit() == null) {
                problems.add(new Problem(prefix + "[unit]", "contact.error.unit-required." + language.code()));
            }
            length(problems, prefix + "[unit]", label("unit", language), text.unit(), UNIT);
            length(problems, prefix + "[role]", label("role", language), text.role(), ROLE);
            length(problems, prefix + "[hours]", label("hours", language), text.hours(), HOURS);
        }
        length(problems, "person", label("person", null), contact.person(), PERSON);
        if (!length(problems, "email", label("email", null), contact.email(), EMAIL) && contact.email() != null
                && !EMAIL_ADDRESS.matcher(contact.email()).matches()) {
            problems.add(new Problem("email", "contact.error.email"));
        }
        if (!length(problems, "phone", label("phone", null), contact.phone(), PHONE) && contact.phone() != null
                && !PHONE_NUMBER.matcher(contact.phone()).matches()) {
            problems.add(new Problem("phone", "contact.error.phone"));
        }
        if (!length(problems, "website", label("website", null), contact.website(), WEBSITE) && contact.website() != null
                && !webAddress(contact.website())) {
            problems.add(new Problem("website", "contact.error.website"));
        }
        if (!length(problems, "address", label("address", null), contact.address(), ADDRESS) && contact.address() != null
                && contact.address().split("\n").length > ADDRESS_LINES) {
            problems.add(new Problem("address", "contact.error.address-lines", ADDRESS_LINES));
        }
        return problems;
    }

    /** Whether the value was too long, and then the problem. */
    private static boolean length(List<Problem> problems, String field, MessageSourceResolvable label, String value,
            int max) {
        if (value != null && value.length() > max) {
            problems.add(new Problem(field, "contact.error.too-long", label, max));
            return true;
        }
        return false;
    }

    /** A field's name as the form labels it, in the reader's language, with the language of a text field. */
    private static MessageSourceResolvable label(String field, Language language) {
        MessageSourceResolvable name = resolvable("field.contact." + field);
        return language == null ? name : resolvable("contact.field.in-language", name, resolvable("lang." + language.code()));
    }

    private static MessageSourceResolvable resolvable(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args);
    }

    static boolean webAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
