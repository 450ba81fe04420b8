package dk.aarhus.sistercities.contact;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;

/** A published contact, as citizens see it; its drafts and history are revisions ({@link ContactEditor}). */
@Entity
@Table(name = "contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** {@link ContactContent#GENERAL}, or the slug of the partner city the contact is for. */
    @Column(nullable = false, unique = true, length = 60)
    private String scope;

    @Column(name = "person_name", length = 100)
    private String person;

    @Column(length = 254)
    private String email;

    @Column(length = 30)
    private String phone;

    @Column(length = 500)
    private String website;

    @Column(length = 300)
    private String address;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "contact_text", joinColumns = @JoinColumn(name = "contact_id"))
    @MapKeyColumn(name = "lang", length = 5)
    private Map<String, ContactText> texts = new HashMap<>();

    protected Contact() {
    }

    Contact(String scope) {
        this.scope = scope;
    }

    String getScope() {
        return scope;
    }

    /** Puts the content on the row: what the editor published, or what an import brings. */
    void apply(ContactContent content) {
        person = content.person();
        email = content.email();
        phone = content.phone();
        website = content.website();
        address = content.address();
        texts.clear();
        content.texts().forEach((lang, t) -> texts.put(lang, new ContactText(t.unit(), t.role(), t.hours())));
    }

    ContactContent content() {
        Map<String, ContactContent.Texts> byLanguage = new HashMap<>();
        texts.forEach((lang, t) -> byLanguage.put(lang, new ContactContent.Texts(t.unit(), t.role(), t.hours())));
        return new ContactContent(scope, person, email, phone, website, address, byLanguage).normalised();
    }
}
