package dk.aarhus.sistercities.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;

/** An editable text of the site (e.g. the overview's introduction), in Markdown, per language. */
@Entity
@Table(name = "site_text")
public class SiteText {

    public static final String OVERVIEW_INTRO = "overview.intro";
    public static final String OVERVIEW_RESULTS = "overview.results";
    public static final String CONTACT = "contact";

    @Id
    @Column(name = "text_key", length = 100)
    private String key;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "site_text_body", joinColumns = @JoinColumn(name = "text_key"))
    @MapKeyColumn(name = "lang", length = 5)
    @Column(name = "body", nullable = false, length = 20000)
    private Map<String, String> bodies = new HashMap<>();

    protected SiteText() {
    }

    public SiteText(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public long getVersion() {
        return version;
    }

    public Map<String, String> getBodies() {
        return bodies;
    }

    public String body(Language language) {
        String body = Localized.pick(bodies, language);
        return body == null ? "" : body;
    }
}
