package dk.aarhus.sistercities.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a contact, the same for the form and an import, and what is stored of what was typed. */
class ContactRulesTest {

    private static ContactContent contact(String email, String phone, String website, String address) {
        return new ContactContent("bergen", null, email, phone, website, address, Map.of(
                "da", new ContactContent.Texts("Enhed", null, null), "en", new ContactContent.Texts("Unit", null, null)))
                .normalised();
    }

    private static List<String> fields(ContactContent contact) {
        return ContactRules.problems(contact).stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void onlyTheUnitIsRequiredInEveryLanguage() {
        assertThat(fields(contact(null, null, null, null))).isEmpty();
        ContactContent noUnit = new ContactContent("general", null, null, null, null, null,
                Map.of("da", new ContactContent.Texts("  ", null, null))).normalised();
        assertThat(fields(noUnit)).containsExactly("texts[da][unit]:contact.error.unit-required.da",
                "texts[en][unit]:contact.error.unit-required.en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@example", "a@b?subject=x", "a b@example.dk", "<a@example.dk>", "a@example.dk\nBcc: b@c.dk",
            "mailto:a@example.dk", "a@@example.dk"})
    void anEmailAddressThatWouldNotBeAPlainMailtoLinkIsRefused(String email) {
        assertThat(fields(contact(email, null, null, null))).containsExactly("email:contact.error.email");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-34-56-78", "+45 (89) 40", "45+12", "tel:+4512345678", "12  34", "+", "javascript:1"})
    void aPhoneNumberIsDigitsSpacesAndALeadingPlus(String phone) {
        assertThat(fields(contact(null, phone, null, null))).containsExactly("phone:contact.error.phone");
    }

    @Test
    void goodValuesPass() {
        assertThat(fields(contact("first.last+tag@sub.example.dk", "+45 12 34 56 78", "https://aarhus.dk/",
                "Rådhuspladsen 2\n8000 Aarhus C"))).isEmpty();
        assertThat(fields(contact(null, "12345678", "http://example.dk/a?b=c", null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.dk", "//example.dk", "data:text/html,x", "https://"})
    void aWebAddressIsHttpOrHttpsWithAHost(String website) {
        assertThat(fields(contact(null, null, website, null))).containsExactly("website:contact.error.website");
    }

    @Test
    void everyFieldHasItsLimit() {
        ContactContent tooLong = new ContactContent("general", "p".repeat(101), "a".repeat(250) + "@b.dk",
                "1".repeat(31), "https://e.dk/" + "x".repeat(500), "a".repeat(301), Map.of(
                "da", new ContactContent.Texts("u".repeat(151), "r".repeat(101), "h".repeat(301)),
                "en", new ContactContent.Texts("Unit", null, null))).normalised();
        assertThat(fields(tooLong)).containsExactly("texts[da][unit]:contact.error.too-long",
                "texts[da][role]:contact.error.too-long", "texts[da][hours]:contact.error.too-long",
                "person:contact.error.too-long", "email:contact.error.too-long", "phone:contact.error.too-long",
                "website:contact.error.too-long", "address:contact.error.too-long");
        assertThat(fields(contact(null, null, null, "1\n2\n3\n4\n5\n6\n7")))
                .containsExactly("address:contact.error.address-lines");
    }

    @Test
    void whatIsStoredIsStrippedWithLineBreaksOnlyWhereTheyBelong() {
        ContactContent typed = new ContactContent("general", "  Anna\r\nHansen ", "", " ", null,
                "  Rådhuspladsen 2 \r\n\r\n 8000 Aarhus C\r\n", Map.of("da",
                new ContactContent.Texts(" Enhed\n", "", "Man–fre\r\n10–14 ")));
        ContactContent stored = typed.normalised();
        assertThat(stored.person()).isEqualTo("Anna Hansen");
        assertThat(stored.email()).isNull();
        assertThat(stored.phone()).isNull();
        assertThat(stored.address()).isEqualTo("Rådhuspladsen 2\n8000 Aarhus C");
        assertThat(stored.texts().get("da")).isEqualTo(new ContactContent.Texts("Enhed", null, "Man–fre\n10–14"));
        ContactCard card = ContactCard.of(stored, dk.aarhus.sistercities.content.Language.DA);
        assertThat(card.addressLines()).containsExactly("Rådhuspladsen 2", "8000 Aarhus C");
        assertThat(card.telHref()).isNull();
        assertThat(ContactCard.of(contact(null, "+45 12 34 56 78", null, null),
                dk.aarhus.sistercities.content.Language.EN).telHref()).isEqualTo("tel:+4512345678");
    }
}
